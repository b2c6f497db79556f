package com.dianxiaoer.web;

/** The body of every error: a stable machine-readable {@code code} and a sentence for the developer. */
public record ApiError(String code, String message) {}
