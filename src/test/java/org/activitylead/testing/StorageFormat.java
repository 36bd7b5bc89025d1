package org.activitylead.testing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.content.render.xhtml.model.resource.identifiers.UserResourceIdentifier;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.MacroDefinitionHandler;
import com.atlassian.confluence.xhtml.api.MacroDefinitionUpdater;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Confluence's walk over the macros of a storage-format fragment, for tests. Every macro is reported
 * by name; the Activity Lead panel (a macro without a body) with its parameters read as Confluence reads them
 * (8.7.2's StorageMacroV2Unmarshaller: one {@code ri:user} becomes one UserResourceIdentifier, several a list,
 * anything else text with its entities and CDATA decoded). An update writes back, in place, only the parameters whose
 * typed value the updater changed, and leaves every other byte alone. The real host re-serializes every macro it
 * walks (docs/host-contract.md), so this stand-in shows what our updater changes, not what Confluence writes around it.
 */
public final class StorageFormat implements XhtmlContent {

    public static final String PANEL = "activity-lead-status";

    private static final Pattern MACRO_START = Pattern.compile("<ac:structured-macro\\b[^>]*?\\bac:name=\"([^\"]*)\"[^>]*>");
    private static final String MACRO_END = "</ac:structured-macro>";
    private static final Pattern PARAMETER = Pattern.compile("<ac:parameter ac:name=\"([^\"]*)\">(.*?)</ac:parameter>", Pattern.DOTALL);
    private static final Pattern USERS = Pattern.compile("\\s*(?:<ri:user ri:(?:userkey|username)=\"[^\"]*\"\\s*/>\\s*)+");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
    private static final Pattern USER = Pattern.compile("<ri:user ri:(userkey|username)=\"([^\"]*)\"\\s*/>");

    private int walks;

    /** How many fragments were walked, by either method. */
    public int walks() {
        return walks;
    }

    @Override
    public void handleMacroDefinitions(String storage, ConversionContext context, MacroDefinitionHandler handler) throws XhtmlException {
        walks++;
        for (Macro macro : macros(storage)) {
            handler.handle(macro.definition());
        }
    }

    @Override
    public String updateMacroDefinitions(String storage, ConversionContext context, MacroDefinitionUpdater updater) throws XhtmlException {
        walks++;
        StringBuilder out = new StringBuilder(storage.length() + 64);
        int at = 0;
        for (Macro macro : macros(storage)) {
            MacroDefinition before = macro.definition();
            MacroDefinition after = updater.update(macro.definition());
            out.append(storage, at, macro.start());
            out.append(macro.name().equals(PANEL) ? rewritten(macro, before.getTypedParameters(), after.getTypedParameters())
                    : storage.substring(macro.start(), macro.contentStart()));
            at = macro.name().equals(PANEL) ? macro.end() : macro.contentStart();
        }
        return out.append(storage, at, storage.length()).toString();
    }

    private record Macro(String name, String text, int start, int contentStart, int end, Map<String, String> rawParameters,
                         Map<String, Object> typed) {

        MacroDefinition definition() {
            Map<String, String> parameters = new LinkedHashMap<>();
            typed.forEach((key, value) -> parameters.put(key, simple(value)));
            return MacroDefinition.builder(name).withParameters(parameters).withTypedParameters(typed).build();
        }
    }

    private static List<Macro> macros(String storage) throws XhtmlException {
        List<Macro> macros = new ArrayList<>();
        Matcher start = MACRO_START.matcher(storage);
        while (start.find()) {
            String name = start.group(1);
            if (!name.equals(PANEL)) {
                macros.add(new Macro(name, start.group(), start.start(), start.end(), start.end(), Map.of(), Map.of()));
                continue;
            }
            int end = storage.indexOf(MACRO_END, start.end());
            if (end < 0) {
                throw new XhtmlException("unclosed macro");
            }
            String content = storage.substring(start.end(), end);
            Map<String, String> raw = new LinkedHashMap<>();
            Map<String, Object> typed = new LinkedHashMap<>();
            Matcher parameter = PARAMETER.matcher(content);
            while (parameter.find()) {
                raw.put(parameter.group(1), parameter.group());
                typed.put(parameter.group(1), typed(parameter.group(2)));
            }
            macros.add(new Macro(name, storage.substring(start.start(), end + MACRO_END.length()), start.start(), start.end(),
                    end + MACRO_END.length(), raw, typed));
        }
        return macros;
    }

    private static Object typed(String value) {
        if (!USERS.matcher(value).matches()) {
            return decoded(value);
        }
        List<UserResourceIdentifier> users = new ArrayList<>();
        Matcher user = USER.matcher(value);
        while (user.find()) {
            users.add(user.group(1).equals("userkey") ? UserResourceIdentifier.create(new UserKey(user.group(2)))
                    : UserResourceIdentifier.createForNonExistentUser(user.group(2)));
        }
        return users.size() == 1 ? users.get(0) : users;
    }

    private static String rewritten(Macro macro, Map<String, Object> before, Map<String, Object> after) {
        String text = macro.text();
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        String added = "";
        for (String name : names) {
            Object was = before.get(name);
            Object now = after.get(name);
            if (Objects.equals(was, now)) {
                continue;
            }
            String element = now == null ? "" : "<ac:parameter ac:name=\"" + name + "\">" + marshalled(now) + "</ac:parameter>";
            if (macro.rawParameters().containsKey(name)) {
                text = text.replace(macro.rawParameters().get(name), element);
            } else {
                added += element;
            }
        }
        return text.substring(0, text.length() - MACRO_END.length()) + added + MACRO_END;
    }

    @SuppressWarnings("deprecation")
    private static String marshalled(Object value) {
        if (value instanceof Iterable<?> values) {
            StringBuilder out = new StringBuilder();
            values.forEach(one -> out.append(marshalled(one)));
            return out.toString();
        }
        if (value instanceof UserResourceIdentifier user) {
            return user.hasUserKey() ? "<ri:user ri:userkey=\"" + user.getUserKey().getStringValue() + "\" />"
                    : "<ri:user ri:username=\"" + user.getUsername() + "\" />";
        }
        return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @SuppressWarnings("deprecation")
    private static String simple(Object value) {
        if (value instanceof List<?> values) {
            return String.join(",", values.stream().map(StorageFormat::simple).toList());
        }
        if (value instanceof UserResourceIdentifier user) {
            return user.hasUserKey() ? user.getUserKey().getStringValue() : user.getUsername();
        }
        return String.valueOf(value);
    }

    /** Text with its CDATA sections kept as they are and its entities decoded, as a StAX reader reports it. */
    private static String decoded(String value) {
        StringBuilder out = new StringBuilder();
        Matcher cdata = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL).matcher(value);
        int at = 0;
        while (cdata.find()) {
            out.append(entitiesDecoded(value.substring(at, cdata.start()))).append(cdata.group(1));
            at = cdata.end();
        }
        return out.append(entitiesDecoded(value.substring(at))).toString();
    }

    private static String entitiesDecoded(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        return entity.appendTail(out).toString();
    }
}
