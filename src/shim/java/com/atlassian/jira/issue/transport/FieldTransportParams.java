package com.atlassian.jira.issue.transport;

/**
 * Compile-only shim; the app only calls it.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/transport/FieldTransportParams.java
 * Left out: getFirstValueForNullKey (not used).
 */
public interface FieldTransportParams extends CollectionParams {

    Object getFirstValueForKey(String key);
}
