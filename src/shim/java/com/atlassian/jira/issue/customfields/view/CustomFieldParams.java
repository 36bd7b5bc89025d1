package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.transport.FieldTransportParams;

/**
 * Compile-only shim; the app only calls it.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/view/CustomFieldParams.java
 * Left out: the setter, transform methods (one takes a commons-collections Transformer), contains, getQueryString,
 * getKeysAndValues, remove (not used).
 */
public interface CustomFieldParams extends FieldTransportParams {

    CustomField getCustomField();
}
