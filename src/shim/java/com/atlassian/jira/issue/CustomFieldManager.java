package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/CustomFieldManager.html
 */
public interface CustomFieldManager {

    /** The custom fields in scope for the issue's project and issue type. */
    List<CustomField> getCustomFieldObjects(Issue issue);
}
