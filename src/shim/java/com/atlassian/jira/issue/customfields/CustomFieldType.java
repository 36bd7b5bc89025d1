package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/CustomFieldType.html
 */
public interface CustomFieldType<T, S> {

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;
}
