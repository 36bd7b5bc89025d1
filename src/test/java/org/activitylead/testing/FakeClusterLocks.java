package org.activitylead.testing;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The cluster's locks, shared by every "node" that uses this service: one permit per name, not reentrant, so a lock
 * held anywhere (another node, or the test itself) is held for everyone, as Confluence's cluster locks are. Only the
 * calls the app makes are supported.
 */
public final class FakeClusterLocks implements ClusterLockService {

    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        Semaphore permit = permits.computeIfAbsent(lockName, name -> new Semaphore(1));
        return new ClusterLock() {
            @Override
            public boolean tryLock() {
                return permit.tryAcquire();
            }

            @Override
            public void unlock() {
                permit.release();
            }

            @Override
            public void lock() {
                throw new UnsupportedOperationException("the app only tries");
            }

            @Override
            public void lockInterruptibly() {
                throw new UnsupportedOperationException("Confluence's cluster locks do not support it");
            }

            @Override
            public boolean tryLock(long time, TimeUnit unit) {
                throw new UnsupportedOperationException("the app only tries");
            }

            @Override
            public Condition newCondition() {
                throw new UnsupportedOperationException("Confluence's cluster locks do not support it");
            }
        };
    }

    /** Whether anyone holds the lock of this name now. */
    public boolean held(String lockName) {
        Semaphore permit = permits.get(lockName);
        return permit != null && permit.availablePermits() == 0;
    }
}
