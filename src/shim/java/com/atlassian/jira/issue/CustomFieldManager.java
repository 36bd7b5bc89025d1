package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html
 * Left out: every other member (not used).
 */
public interface CustomFieldManager {

    /** The custom fields in scope for the issue's project and issue type. */
    List<CustomField> getCustomFieldObjects(Issue issue);

    /** Every custom field of the site, whatever its context. */
    List<CustomField> getCustomFieldObjects();
}
