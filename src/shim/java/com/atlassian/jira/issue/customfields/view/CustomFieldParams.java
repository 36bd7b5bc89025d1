package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.transport.FieldTransportParams;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/view/CustomFieldParams.html
 */
public interface CustomFieldParams extends FieldTransportParams {

    CustomField getCustomField();
}
