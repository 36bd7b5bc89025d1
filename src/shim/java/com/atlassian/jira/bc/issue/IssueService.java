package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compile-only shim; the app only calls it. The result classes are public static classes nested in the interface, as
 * in Jira; their bodies are a few lines written for this project, so tests can build them.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.UpdateValidationResult.html
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/IssueService.java
 * (6.3 takes a crowd User where 7.x on takes an ApplicationUser)
 * https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/IssueUpdateService.html
 * (Jira Software 10.6 names validateUpdate/update with these types in its own signatures)
 * Left out: every other method and result class, and the other members of the result classes (getFieldValuesHolder,
 * getHistoryMetadata, getProperties; not used).
 */
public interface IssueService {

    /** Checks an edit of the issue with the given parameters, as the user; nothing is stored yet. */
    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    /** Stores an edit that {@link #validateUpdate} accepted, firing the usual events. */
    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    /** A fresh, empty set of input parameters. */
    IssueInputParameters newIssueInputParameters();

    /** Common base of the issue results: the issue plus the errors (abstract in Jira too). */
    abstract class IssueValidationResult extends ServiceResultImpl {

        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    /** The outcome of validateUpdate; the field values holder is not kept here. */
    class UpdateValidationResult extends IssueValidationResult {

        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    /** The outcome of an operation such as update. */
    class IssueResult extends IssueValidationResult {

        /** Starts with an empty error collection (Jira's is a SimpleErrorCollection, which is not shimmed). */
        public IssueResult(MutableIssue issue) {
            super(issue, new StandInErrors());
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }

        /** Shim-only stand-in for Jira's SimpleErrorCollection; not visible to the app. */
        private static final class StandInErrors implements ErrorCollection {

            private final Map<String, String> errors = new LinkedHashMap<>();
            private final Collection<String> messages = new ArrayList<>();

            @Override
            public void addError(String field, String message, Reason reason) {
                errors.put(field, message);
            }

            @Override
            public void addErrorMessage(String message, Reason reason) {
                messages.add(message);
            }

            @Override
            public Map<String, String> getErrors() {
                return Collections.unmodifiableMap(errors);
            }

            @Override
            public Collection<String> getErrorMessages() {
                return Collections.unmodifiableCollection(messages);
            }

            @Override
            public boolean hasAnyErrors() {
                return !errors.isEmpty() || !messages.isEmpty();
            }
        }
    }
}
