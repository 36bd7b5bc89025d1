package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Compile-only shim: a constructor argument of UserPickerGroupSearcher that DriSearcher passes on, and the search of
 * inactive users behind inactiveDris().
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchService.html
 * https://github.com/alanmosely/jira-watcher-field-plugin (3.0.0-rc line for Jira 11.3: WatcherSearcher passes it to UserPickerGroupSearcher). Replaced UserPickerSearchService in this constructor after Jira 6.3 (Jira 7.2 plugin jiang1095/people-select).
 * findUsers(String, UserSearchParams): https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html
 * (the users matching the query, active or inactive as the parameters say). Left out: every other member.
 */
public interface UserSearchService {

    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
