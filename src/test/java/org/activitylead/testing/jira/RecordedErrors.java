package org.activitylead.testing.jira;

import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.List;

/** An {@link ErrorCollection} that keeps what was added, in order. */
public final class RecordedErrors implements ErrorCollection {

    /** One error; {@code field} is null for a message that belongs to no field. */
    public record Error(String field, String message, Reason reason) {
    }

    private final List<Error> errors = new ArrayList<>();

    @Override
    public void addError(String field, String message, Reason reason) {
        errors.add(new Error(field, message, reason));
    }

    @Override
    public void addErrorMessage(String message, Reason reason) {
        errors.add(new Error(null, message, reason));
    }

    public List<Error> all() {
        return List.copyOf(errors);
    }

    public List<String> messages() {
        return errors.stream().map(Error::message).toList();
    }
}
