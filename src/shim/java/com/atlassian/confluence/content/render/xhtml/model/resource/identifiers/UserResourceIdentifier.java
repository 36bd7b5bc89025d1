package com.atlassian.confluence.content.render.xhtml.model.resource.identifiers;

import com.atlassian.sal.api.user.UserKey;
import java.util.Objects;

/**
 * Compile-only shim of a public class: a user named in storage format, by key ({@code ri:userkey}) or, for a user
 * Confluence could not resolve, by username ({@code ri:username}).
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/content/render/xhtml/model/resource/identifiers/UserResourceIdentifier.java
 * The small bodies, written for this project, let tests build references; the host's class is the one loaded at run
 * time. Left out: the deprecated constructor and every other member.
 */
public class UserResourceIdentifier implements ResourceIdentifier {

    private final UserKey userKey;
    private final String userName;

    private UserResourceIdentifier(UserKey userKey, String userName) {
        this.userKey = userKey;
        this.userName = userName;
    }

    public static UserResourceIdentifier create(UserKey userKey) {
        return new UserResourceIdentifier(Objects.requireNonNull(userKey), null);
    }

    public static UserResourceIdentifier createForNonExistentUser(String userName) {
        return new UserResourceIdentifier(null, Objects.requireNonNull(userName));
    }

    public boolean hasUserKey() {
        return userKey != null;
    }

    public UserKey getUserKey() {
        return userKey;
    }

    /** Deprecated in the host; for a reference by key the host looks the username up. */
    @Deprecated
    public String getUsername() {
        return userName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserResourceIdentifier other && Objects.equals(userKey, other.userKey)
                && (userKey != null || Objects.equals(userName, other.userName));
    }

    @Override
    public int hashCode() {
        return Objects.hash(userKey, userKey == null ? userName : null);
    }
}
