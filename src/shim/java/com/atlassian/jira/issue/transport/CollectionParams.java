package com.atlassian.jira.issue.transport;

import java.util.Collection;

/**
 * Compile-only shim; the app only calls it.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/transport/CollectionParams.java
 * Left out: the super-interface FieldParams, getAllValues, put (not used).
 */
public interface CollectionParams {

    /** Raw Collection, as in Jira. */
    @SuppressWarnings("rawtypes")
    Collection getValuesForNullKey();

    Collection<String> getValuesForKey(String key);
}
