package com.atlassian.user;

import java.io.Serializable;

/**
 * Compile-only shim (atlassian-user), called only; ConfluenceUser still lists getName() as inherited
 * from this interface.
 * https://docs.atlassian.com/atlassian-user/2.0.1/apidocs/com/atlassian/user/Entity.html
 */
public interface Entity extends Serializable {

    String getName();
}
