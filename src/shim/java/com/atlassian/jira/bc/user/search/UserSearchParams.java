package com.atlassian.jira.bc.user.search;

/**
 * Compile-only shim, built by the app: what UserSearchService.findUsers looks for.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html (class with a static
 * builder() and a nested static Builder; Builder methods as public Jira 8 apps call them). Left out: the constructors,
 * getters and the other Builder methods.
 */
public class UserSearchParams {

    private UserSearchParams() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static class Builder {

        public Builder allowEmptyQuery(boolean allowEmptyQuery) {
            return this;
        }

        public Builder includeActive(boolean includeActive) {
            return this;
        }

        public Builder includeInactive(boolean includeInactive) {
            return this;
        }

        public Builder ignorePermissionCheck(boolean ignorePermissionCheck) {
            return this;
        }

        public Builder maxResults(Integer maxResults) {
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams();
        }
    }
}
