package org.activitylead.velocity;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Jira itself brings to the DRI field's edit template, modelled for the Velocity harness: the objects Jira puts
 * into a custom field's edit context, and the global field macros it defines ({@code #customControlHeader},
 * {@code #customControlFooter}), played by the test library {@link #MACRO_LIBRARY}.
 *
 * <p>Calls on these objects are governed by Jira's own global velocity allowlist, not by ours (ours may list only our
 * own classes). So the harness lets a template make exactly the calls on them that
 * {@link #MEMBERS_OUR_TEMPLATES_USE} documents, and lets the macro library, which stands for Jira's code, call what it
 * needs. Every call on one of our classes ({@code org.activitylead..}) stays checked against our allowlist, wherever
 * it is made.
 *
 * <p>INFERRED, not read from a running Jira: the names and types of these variables, the members listed, and the
 * macros' parameters are taken from how Jira's own single-value field templates use them. A real Jira must confirm
 * them (no Atlassian binaries are reachable from this build).
 */
public final class JiraHost {

    /** The test stand-ins for Jira's global field macros, loaded as the engine's macro library. */
    static final String MACRO_LIBRARY = "velocity/jira-field-macros.vm";

    /**
     * The variables Jira adds to a custom field's edit context that edit.vm uses, by the type standing in for them.
     * {@code value} is the submitted (or stored) form value: a String, or null when there is none. The two maps are
     * only handed on to Jira's macros; a template that called anything on them would fail the allowlist check.
     */
    static final Map<String, Type> EDIT_VARIABLES = Map.of(
            "customField", CustomField.class,
            "fieldLayoutItem", FieldLayoutItem.class,
            "action", Action.class,
            "displayParameters", Map.class,
            "auiparams", Map.class,
            "value", Object.class);

    /** The Jira type each stand-in plays; host calls are named after it, as Jira's allowlist would name them. */
    private static final Map<Class<?>, String> JIRA_TYPES = Map.of(
            CustomField.class, "com.atlassian.jira.issue.fields.CustomField",
            FieldLayoutItem.class, "com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem",
            Action.class, "com.atlassian.jira.web.action.JiraWebActionSupport");

    /**
     * The only calls our templates may make on Jira's objects (edit.vm's {@code $customField.id},
     * {@code $customField.name}, {@code $fieldLayoutItem.required} and {@code $fieldLayoutItem.fieldDescription}).
     * They are outside our allowlist on purpose; a new one is a decision, made here, with a reason.
     */
    static final Set<String> MEMBERS_OUR_TEMPLATES_USE = Set.of(
            "com.atlassian.jira.issue.fields.CustomField#getId()",
            "com.atlassian.jira.issue.fields.CustomField#getName()",
            "com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem#isRequired()",
            "com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem#getFieldDescription()");

    private JiraHost() {
    }

    /** Whether objects of this class stand for one of Jira's. */
    static boolean isHostObject(Class<?> type) {
        return JIRA_TYPES.containsKey(type);
    }

    /** Whether a call is made by Jira's own (stand-in) macro code rather than by one of our templates. */
    static boolean isMacroLibrary(String templateName) {
        return MACRO_LIBRARY.equals(templateName);
    }

    /** A call on a host object, named as Jira's allowlist would name it. */
    static String entry(Class<?> standIn, Method method) {
        return JIRA_TYPES.get(standIn) + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }

    /** Jira's {@code CustomField}: the id names the form parameter and the errors; the name is the label. */
    public static final class CustomField {
        private final String id;
        private final String name;

        public CustomField(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    /** Jira's {@code FieldLayoutItem}: whether the field is required here, and its description on this screen. */
    public static final class FieldLayoutItem {
        private final boolean required;
        private final String fieldDescription;

        public FieldLayoutItem(boolean required, String fieldDescription) {
            this.required = required;
            this.fieldDescription = fieldDescription;
        }

        public boolean isRequired() {
            return required;
        }

        public String getFieldDescription() {
            return fieldDescription;
        }
    }

    /** The web action rendering the form: the field errors of the last submit, by field id. */
    public static final class Action {
        private final Map<String, String> errors;

        public Action(Map<String, String> errors) {
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> getErrors() {
            return errors;
        }
    }
}
