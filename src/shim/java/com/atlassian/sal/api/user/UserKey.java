package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only shim (SAL) of a final class, called only (fromLong(long) is left out). The small body,
 * written for this project, lets tests build keys; the host's class is the one loaded at run time.
 * https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html
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
