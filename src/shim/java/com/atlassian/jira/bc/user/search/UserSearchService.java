package com.atlassian.jira.bc.user.search;

/**
 * Compile-only shim: only the type, a constructor argument of UserPickerGroupSearcher that DriSearcher passes on.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchService.html
 * https://github.com/alanmosely/jira-watcher-field-plugin (3.0.0-rc line for Jira 11.3: WatcherSearcher passes it to UserPickerGroupSearcher). Replaced UserPickerSearchService in this constructor after Jira 6.3 (Jira 7.2 plugin jiang1095/people-select).
 * Left out: every member (not used).
 */
public interface UserSearchService {
}
