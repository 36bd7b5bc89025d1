package com.atlassian.jira.issue.transport;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/transport/FieldTransportParams.html
 */
public interface FieldTransportParams extends CollectionParams {

    Object getFirstValueForKey(String key);
}
