package com.dianxiaoer.nlu;

/** A piece of the message with a meaning of its own: {@code type} (amount, quantity, phone, order_number, courier), its normalised value, and the original text. */
public record Entity(String type, String value, String text) {}
