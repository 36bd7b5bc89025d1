package org.activitylead.velocity;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods a template calls, read from its source and typed without rendering it: every {@code $var.a().b()}
 * chain is typed from a table of the context's variables, and each {@code #foreach($x in $list)} variable gets the
 * element type of the list it iterates. Calls are named as allowlist entries ({@code fq.Class#method()}).
 *
 * <p>Only what our templates use is understood: no-argument method calls. A property ({@code $x.name}) or a call
 * with arguments fails the analysis, so the check never passes by skipping something it cannot type.
 */
final class TemplateMethodCalls {

    private static final Pattern COMMENTS = Pattern.compile("#\\*.*?\\*#|##[^\\n]*", Pattern.DOTALL);
    private static final Pattern FOREACH = Pattern.compile("#\\{?foreach}?\\s*\\(\\s*\\$(\\w+)\\s+in\\s+");
    private static final Pattern REFERENCE =
            Pattern.compile("\\$!?\\{?([A-Za-z][\\w-]*)((?:\\.[A-Za-z_]\\w*(?:\\([^()]*\\))?)*)");
    private static final Pattern MEMBER = Pattern.compile("\\.([A-Za-z_]\\w*)(\\([^()]*\\))?");

    private final String templateName;
    private final Map<String, Type> variables;
    private final Set<String> calls = new TreeSet<>();

    private TemplateMethodCalls(String templateName, Map<String, ? extends Type> context) {
        this.templateName = templateName;
        this.variables = new HashMap<>(context);
    }

    /** The calls in {@code source}, given the types of the variables the renderer puts into the context. */
    static Set<String> of(String templateName, String source, Map<String, ? extends Type> context) {
        TemplateMethodCalls analysis = new TemplateMethodCalls(templateName, context);
        String code = COMMENTS.matcher(source).replaceAll("");
        analysis.bindLoopVariables(code);
        Matcher reference = REFERENCE.matcher(code);
        while (reference.find()) {
            analysis.typeOf(reference.group(1), reference.group(2));
        }
        return Set.copyOf(analysis.calls);
    }

    /** In source order, so a loop over an earlier loop variable's list is typed too. */
    private void bindLoopVariables(String code) {
        Matcher loop = FOREACH.matcher(code);
        while (loop.find()) {
            Matcher list = REFERENCE.matcher(code).region(loop.end(), code.length());
            if (!list.lookingAt()) {
                throw new AssertionError(templateName + ": cannot read the list of " + loop.group());
            }
            Type listType = typeOf(list.group(1), list.group(2));
            if (!(listType instanceof ParameterizedType generic) || generic.getRawType() != List.class) {
                throw new AssertionError(templateName + ": #foreach over " + listType + ", not a java.util.List<E>");
            }
            variables.put(loop.group(1), generic.getActualTypeArguments()[0]);
        }
    }

    private Type typeOf(String variable, String chain) {
        Type type = variables.get(variable);
        if (type == null) {
            throw new AssertionError(templateName + ": $" + variable + " is not a context or loop variable");
        }
        Matcher member = MEMBER.matcher(chain);
        while (member.find()) {
            type = call(type, member.group(1), member.group(2));
        }
        return type;
    }

    private Type call(Type target, String name, String arguments) {
        if (arguments == null || !arguments.equals("()")) {
            throw new AssertionError(templateName + ": ." + name + (arguments == null ? "" : arguments)
                    + " is a property or a call with arguments, which this check cannot type; call a no-argument method");
        }
        Class<?> type = rawClass(target);
        Method method;
        try {
            method = type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(templateName + ": " + type.getName() + " has no public method " + name + "()", e);
        }
        calls.add(VelocityAllowlist.entry(type, method));
        return method.getGenericReturnType();
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
    }
}
