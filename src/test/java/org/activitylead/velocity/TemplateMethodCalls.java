package org.activitylead.velocity;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
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
 * element type of the list it iterates. Calls are named as allowlist entries ({@code fq.Class#method(param.Types)}).
 *
 * <p>Only what our templates use is understood: method calls whose arguments are references or plain literals
 * ({@code $dri.valueHtml($value)}), resolved to the one public method the argument types fit, as the allowlist entry
 * names it. A property ({@code $x.name}) fails the analysis, so the check never passes by skipping something it
 * cannot type; the exception is a property of one of Jira's objects ({@link JiraHost}), read the way Velocity reads it
 * and recorded apart from our calls, because Jira's allowlist governs those.
 */
final class TemplateMethodCalls {

    /** The calls on our classes (checked against our allowlist), and those on Jira's objects. */
    record Calls(Set<String> ours, Set<String> host) {
    }

    private static final Pattern COMMENTS = Pattern.compile("#\\*.*?\\*#|##[^\\n]*", Pattern.DOTALL);
    /** A variable bound by a loop ({@code #foreach($x in $list)}) or set ({@code #set($x = $y.z())}), up to the value. */
    private static final Pattern BINDING = Pattern.compile("#\\{?(foreach|set)}?\\s*\\(\\s*\\$(\\w+)(?:\\s+in\\s+|\\s*=\\s*)");
    private static final Pattern REFERENCE =
            Pattern.compile("\\$!?\\{?([A-Za-z][\\w-]*)((?:\\.[A-Za-z_]\\w*(?:\\([^()]*\\))?)*)");
    private static final Pattern MEMBER = Pattern.compile("\\.([A-Za-z_]\\w*)(\\([^()]*\\))?");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern INTEGER_LITERAL = Pattern.compile("-?\\d+");

    private final String templateName;
    private final Map<String, Type> variables;
    private final Set<String> calls = new TreeSet<>();
    private final Set<String> hostCalls = new TreeSet<>();

    private TemplateMethodCalls(String templateName, Map<String, ? extends Type> context) {
        this.templateName = templateName;
        this.variables = new HashMap<>(context);
    }

    /** The calls on our classes in {@code source}, given the types of the variables the renderer puts into the context. */
    static Set<String> of(String templateName, String source, Map<String, ? extends Type> context) {
        return read(templateName, source, context).ours();
    }

    /** Every call in {@code source} and the fragments it parses, ours and Jira's apart. */
    static Calls read(String templateName, String source, Map<String, ? extends Type> context) {
        return read(templateName, source, context, true);
    }

    /** The calls written in {@code source} itself, not in the fragments it parses. */
    static Calls readOwn(String templateName, String source, Map<String, ? extends Type> context) {
        return read(templateName, source, context, false);
    }

    private static Calls read(String templateName, String source, Map<String, ? extends Type> context, boolean withFragments) {
        TemplateMethodCalls analysis = new TemplateMethodCalls(templateName, context);
        String code = COMMENTS.matcher(withFragments ? Templates.withFragmentsOf(source) : source).replaceAll("");
        analysis.bindLoopVariables(code);
        Matcher reference = REFERENCE.matcher(code);
        while (reference.find()) {
            analysis.typeOf(reference.group(1), reference.group(2));
        }
        return new Calls(Set.copyOf(analysis.calls), Set.copyOf(analysis.hostCalls));
    }

    /** In source order, so a loop over an earlier loop variable's list (or a set variable) is typed too. */
    private void bindLoopVariables(String code) {
        Matcher loop = BINDING.matcher(code);
        while (loop.find()) {
            Matcher list = REFERENCE.matcher(code).region(loop.end(), code.length());
            if (!list.lookingAt()) {
                throw new AssertionError(templateName + ": cannot read the value of " + loop.group());
            }
            if (loop.group(1).equals("set")) {
                variables.put(loop.group(2), typeOf(list.group(1), list.group(2)));
                continue;
            }
            Type listType = typeOf(list.group(1), list.group(2));
            if (!(listType instanceof ParameterizedType generic) || generic.getRawType() != List.class) {
                throw new AssertionError(templateName + ": #foreach over " + listType + ", not a java.util.List<E>");
            }
            variables.put(loop.group(2), generic.getActualTypeArguments()[0]);
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
        Class<?> type = rawClass(target);
        if (JiraHost.isHostObject(type)) {
            Method method = arguments == null ? hostGetter(type, name) : method(type, name, argumentTypes(arguments));
            hostCalls.add(JiraHost.entry(type, method));
            return method.getGenericReturnType();
        }
        if (arguments == null) {
            throw new AssertionError(templateName + ": ." + name
                    + " is a property, which this check cannot type; call a method");
        }
        Method method = method(type, name, argumentTypes(arguments));
        calls.add(VelocityAllowlist.entry(type, method));
        return method.getGenericReturnType();
    }

    /** The one public method of that name whose parameters take these argument types. */
    private Method method(Class<?> type, String name, List<Class<?>> argumentTypes) {
        List<Method> fitting = Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name) && fits(method.getParameterTypes(), argumentTypes))
                .toList();
        if (fitting.size() != 1) {
            throw new AssertionError(templateName + ": " + type.getName() + " has " + fitting.size() + " public methods "
                    + name + " taking " + argumentTypes + ", not exactly one");
        }
        return fitting.get(0);
    }

    private static boolean fits(Class<?>[] parameters, List<Class<?>> arguments) {
        if (parameters.length != arguments.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!boxed(parameters[i]).isAssignableFrom(arguments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Velocity's order for {@code $x.name}: getName(), getname(), then isName() for a boolean. */
    private Method hostGetter(Class<?> type, String property) {
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String candidate : List.of("get" + capitalized, "get" + property, "is" + capitalized)) {
            try {
                Method method = type.getMethod(candidate);
                if (!candidate.startsWith("is") || boxed(method.getReturnType()) == Boolean.class) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        throw new AssertionError(templateName + ": " + type.getName() + " has no getter for ." + property);
    }

    /** The types of the arguments in {@code (a, b)}: references are typed like any chain, literals by their kind. */
    private List<Class<?>> argumentTypes(String arguments) {
        String inner = arguments.substring(1, arguments.length() - 1).strip();
        List<Class<?>> types = new ArrayList<>();
        if (inner.isEmpty()) {
            return types;
        }
        for (String argument : splitArguments(inner)) {
            String text = argument.strip();
            Matcher reference = REFERENCE.matcher(text);
            if (reference.matches()) {
                types.add(boxed(rawClass(typeOf(reference.group(1), reference.group(2)))));
            } else if (STRING_LITERAL.matcher(text).matches()) {
                types.add(String.class);
            } else if (INTEGER_LITERAL.matcher(text).matches()) {
                types.add(Integer.class);
            } else if (text.equals("true") || text.equals("false")) {
                types.add(Boolean.class);
            } else {
                throw new AssertionError(templateName + ": cannot type the argument " + text + " in " + arguments);
            }
        }
        return types;
    }

    /** Splits on commas outside quotes. */
    private static List<String> splitArguments(String arguments) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (char c : arguments.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Map.<Class<?>, Class<?>>of(boolean.class, Boolean.class, int.class, Integer.class, long.class, Long.class,
                double.class, Double.class, float.class, Float.class, char.class, Character.class, byte.class, Byte.class,
                short.class, Short.class).get(type);
    }

    private static Class<?> rawClass(Type type) {
        Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
        if (!Modifier.isPublic(raw.getModifiers())) {
            throw new AssertionError(raw + " is not public, so Velocity cannot call it");
        }
        return raw;
    }
}
