package com.atlassian.sal.api.transaction;

/** Compile-only shim, implemented by the app (as a lambda): https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/transaction/TransactionCallback.html (interface). */
public interface TransactionCallback<T> {

    T doInTransaction();
}
