package com.atlassian.jira.issue.transport;

import java.util.Collection;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/transport/CollectionParams.html
 */
public interface CollectionParams {

    Collection getValuesForNullKey();

    Collection<String> getValuesForKey(String key);
}
