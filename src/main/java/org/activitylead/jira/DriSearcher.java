package org.activitylead.jira;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.customfields.converters.UserConverter;
import com.atlassian.jira.issue.customfields.searchers.UserPickerGroupSearcher;
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
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;

/**
 * JQL for the DRI field ({@code "DRI" = currentUser()}, {@code = alice}, {@code is EMPTY}, {@code in (...)}, ordering):
 * Jira's own user picker searcher, with its indexer, clause handler and sorter, built inside the app. Jira creates a
 * searcher module's class through the app's own Spring context, which holds only what the app imports, so naming
 * Jira's class in the descriptor cannot work: this subclass imports what the constructor needs. UserConverter and
 * UserResolver are not exported to apps as OSGi services, so they come from Jira's container, as the public Jira 11.3
 * watcher-field plugin takes them (docs/host-contract.md, "Components taken from ComponentAccessor").
 */
public class DriSearcher extends UserPickerGroupSearcher {

    public DriSearcher(
            @JiraImport JiraAuthenticationContext jiraAuthenticationContext,
            @JiraImport VelocityRequestContextFactory velocityRequestContextFactory,
            @JiraImport VelocityTemplatingEngine templatingEngine,
            // Named: the SAL ApplicationProperties import (DriCFType) already has the default bean name.
            @JiraImport("jiraApplicationProperties") ApplicationProperties applicationProperties,
            @JiraImport UserSearchService userSearchService,
            @JiraImport FieldVisibilityManager fieldVisibilityManager,
            @JiraImport JqlOperandResolver jqlOperandResolver,
            @JiraImport UserManager userManager,
            @JiraImport CustomFieldInputHelper customFieldInputHelper,
            @JiraImport GroupManager groupManager,
            @JiraImport PermissionManager permissionManager,
            @JiraImport UserHistoryManager userHistoryManager,
            @JiraImport UserFilterManager userFilterManager,
            @JiraImport EmailFormatter emailFormatter) {
        super(fromJira(UserConverter.class),
                jiraAuthenticationContext,
                velocityRequestContextFactory,
                templatingEngine,
                applicationProperties,
                userSearchService,
                fieldVisibilityManager,
                jqlOperandResolver,
                fromJira(UserResolver.class),
                userManager,
                customFieldInputHelper,
                groupManager,
                permissionManager,
                userHistoryManager,
                userFilterManager,
                emailFormatter);
    }

    /** Jira's container always holds these; a missing one fails module creation here, naming it, not a search later. */
    private static <T> T fromJira(Class<T> type) {
        T component = ComponentAccessor.getComponent(type);
        if (component == null) {
            throw new IllegalStateException("Jira has no component " + type.getName() + " for the DRI searcher");
        }
        return component;
    }
}
