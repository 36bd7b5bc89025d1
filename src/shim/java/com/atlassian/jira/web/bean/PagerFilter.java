package com.atlassian.jira.web.bean;

/**
 * Compile-only shim: a generic class in Jira (already in 6.3).
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/web/bean/PagerFilter.java
 * Left out: every other member (not used).
 */
public class PagerFilter<T> {

    private final int start;
    private final int max;

    /** The first {@code max} results from index {@code start}. */
    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
