package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only shim (SAL), written from the public javadoc:
 * https://docs.atlassian.com/sal-api/4.0.0/sal-api/apidocs/com/atlassian/sal/api/user/UserKey.html
 * The body exists only so tests can build keys; the host's class is used at run time.
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
