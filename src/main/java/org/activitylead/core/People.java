package org.activitylead.core;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page's people, each looked up once: the only place the core asks the host about users. */
final class People {

    private final Map<UserRef, Member> members;

    private People(Map<UserRef, Member> members) {
        this.members = members;
    }

    static People lookUp(Collection<UserRef> distinctRefs, UserDirectory directory) {
        Map<UserRef, Member> members = new LinkedHashMap<>();
        for (UserRef ref : distinctRefs) {
            members.computeIfAbsent(ref, r -> new Member(r, directory.find(r)));
        }
        return new People(members);
    }

    Member member(UserRef ref) {
        Member member = members.get(ref);
        if (member == null) {
            throw new IllegalArgumentException("not looked up: " + ref);
        }
        return member;
    }
}
