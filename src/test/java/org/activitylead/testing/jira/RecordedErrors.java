package org.activitylead.testing.jira;

import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The field errors in the order added; a later error for the same field replaces the earlier one. */
    @Override
    public Map<String, String> getErrors() {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.stream().filter(error -> error.field() != null).forEach(error -> byField.put(error.field(), error.message()));
        return byField;
    }

    /** The messages that belong to no field, in the order added. */
    @Override
    public Collection<String> getErrorMessages() {
        return errors.stream().filter(error -> error.field() == null).map(Error::message).toList();
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    public List<Error> all() {
        return List.copyOf(errors);
    }

    public List<String> messages() {
        return errors.stream().map(Error::message).toList();
    }
}
