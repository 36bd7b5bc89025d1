package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.customfields.converters.UserConverter;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.jql.resolver.UserResolver;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.template.VelocityTemplatingEngine;
import com.atlassian.jira.user.UserFilterManager;
import com.atlassian.jira.user.UserHistoryManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.EmailFormatter;
import com.atlassian.jira.util.velocity.VelocityRequestContextFactory;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Compile-only shim of a jira-core class the app extends (DriSearcher): Jira's searcher for user picker fields, with
 * its own indexer, JQL clause handler, sorter and statistics. Only its one public constructor is declared, because
 * that is what a subclass links against; the body does nothing here.
 *
 * The constructor, 16 parameters in this order, was not read in a 10.3 or 11.3 source. It is the one three public
 * callers pass, from Jira 7.2 to Jira 11.3:
 * https://github.com/jiang1095/people-select/blob/176252440d/src/main/java/com/baioo/tech/PeopleSelectSearcher.java
 * (pom jira.version 7.2.2), Jira Service Management's ParticipantsSearcher (com.atlassian.servicedesk.squalor), and
 * https://github.com/alanmosely/jira-watcher-field-plugin src/main/java/com/burningcode/jira/issue/customfields/searchers/WatcherSearcher.java
 * on its 3.0.0-rc line for Jira 11.3 (CHANGELOG 3.0.0-rc2: "rebased WatcherSearcher on Jira's own
 * UserPickerGroupSearcher"). Jira 6.3.15 had 15 (UserPickerSearchService, no EmailFormatter):
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/issue/customfields/searchers/UserPickerGroupSearcher.java
 * Left out: the super-class AbstractInitializationCustomFieldSearcher, the searcher interfaces and every method (the
 * app overrides none; in Jira 11 SortableCustomFieldSearcher may be gone, so no getSorter override either).
 */
public class UserPickerGroupSearcher {

    public UserPickerGroupSearcher(
            UserConverter userConverter,
            JiraAuthenticationContext jiraAuthenticationContext,
            VelocityRequestContextFactory velocityRequestContextFactory,
            VelocityTemplatingEngine templatingEngine,
            ApplicationProperties applicationProperties,
            UserSearchService userSearchService,
            FieldVisibilityManager fieldVisibilityManager,
            JqlOperandResolver jqlOperandResolver,
            UserResolver userResolver,
            UserManager userManager,
            CustomFieldInputHelper customFieldInputHelper,
            GroupManager groupManager,
            PermissionManager permissionManager,
            UserHistoryManager userHistoryManager,
            UserFilterManager userFilterManager,
            EmailFormatter emailFormatter) {
    }
}
