package com.atlassian.sal.api.transaction;

/** Compile-only shim, called only: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/transaction/TransactionTemplate.html (interface). */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
