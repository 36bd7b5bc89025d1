package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Compile-only shim, called only: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/config/Schedule.html (final; static factories). Left out: the cron schedules
 * and the getters other than the interval's, which the app does not call.
 */
public final class Schedule {

    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule runOnce(Date runTime) {
        return new Schedule(0, runTime);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public String toString() {
        return "Schedule[interval=" + intervalInMillis + "ms, first=" + firstRunTime + "]";
    }
}
