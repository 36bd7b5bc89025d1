package com.atlassian.beehive;

/**
 * Compile-only shim, called only: the host's cluster-wide locks (beehive API), exported by Confluence and Jira.
 * https://docs.atlassian.com/beehive/latest/com/atlassian/beehive/ClusterLockService.html (interface); checked against beehive-api 5.0.1 in the decompiled Confluence 8.7.2 tree.
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
