package com.atlassian.scheduler.config;

/** Compile-only shim: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/config/RunMode.html (enum). */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
