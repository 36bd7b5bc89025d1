package com.atlassian.jira.jql.resolver;

/**
 * Compile-only shim: only the type, a constructor argument of UserPickerGroupSearcher that DriSearcher passes on.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/resolver/UserResolver.java
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/resolver/UserResolver.html
 * https://github.com/alanmosely/jira-watcher-field-plugin (3.0.0-rc line for Jira 11.3: WatcherSearcher passes it to UserPickerGroupSearcher). Not an OSGi service for apps (that plugin's comment), so DriSearcher takes it from ComponentAccessor.
 * Left out: the super-interface NameResolver<ApplicationUser>.
 * Left out: every member (not used).
 */
public interface UserResolver {
}
