package org.activitylead.core.dri;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Where a DRI is required. The admin-configurable list of issue types is the issue types of the field's own context
 * (the field configuration scheme Jira applies to the issue):
 * <ul>
 *   <li>a context restricted to some issue types requires a DRI on exactly those types;</li>
 *   <li>a context for all issue types falls back to epic detection: a DRI is required on epics only.</li>
 * </ul>
 * On create the issue type is not known to the field, but Jira hands over the configuration relevant to the new
 * issue, so with a restricted context the new issue is of one of the listed types and the DRI is required.
 */
public final class DriRequirement {

    private DriRequirement() {
    }

    /**
     * @param contextIssueTypeIds the issue type ids of the field's context; empty (or only nulls) for all issue types
     * @param issueTypeId         the issue's type id, or null when not known (create)
     * @param epic                whether the issue is an epic; asked only for an all-types context and a known issue type
     */
    public static boolean required(Collection<String> contextIssueTypeIds, String issueTypeId, BooleanSupplier epic) {
        Set<String> listed = listed(contextIssueTypeIds);
        if (listed.isEmpty()) {
            return issueTypeId != null && epic.getAsBoolean();
        }
        return issueTypeId == null || listed.contains(issueTypeId);
    }

    /** The ids without nulls and blanks: Jira marks "all issue types" with a null entry. */
    public static Set<String> listed(Collection<String> contextIssueTypeIds) {
        if (contextIssueTypeIds == null) {
            return Set.of();
        }
        return contextIssueTypeIds.stream().filter(Objects::nonNull).map(String::strip).filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
