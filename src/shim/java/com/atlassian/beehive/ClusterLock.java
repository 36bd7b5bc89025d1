package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-only shim, called only: https://docs.atlassian.com/beehive/latest/com/atlassian/beehive/ClusterLock.html (interface extending java.util.concurrent.locks.Lock; the app
 * calls tryLock() and unlock() from Lock). Left out: isHeldByCurrentThread().
 */
public interface ClusterLock extends Lock {
}
