package com.atlassian.user;

import java.io.Serializable;

/**
 * Compile-only shim (atlassian-user), written from the public javadoc:
 * https://docs.atlassian.com/atlassian-user/3.0/com/atlassian/user/Entity.html
 */
public interface Entity extends Serializable {

    String getName();
}
