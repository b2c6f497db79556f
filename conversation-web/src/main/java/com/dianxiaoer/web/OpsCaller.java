package com.dianxiaoer.web;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who passed the ops API's guard on this request: the platform's operator (the ops key) or a shop's own signed-in
 * admin. Some settings are the operator's alone (a shop's rate limits), whoever else may change the rest.
 */
@RequestScoped
public class OpsCaller {
    private boolean operator;

    void operator() {
        operator = true;
    }

    public boolean isOperator() {
        return operator;
    }
}
