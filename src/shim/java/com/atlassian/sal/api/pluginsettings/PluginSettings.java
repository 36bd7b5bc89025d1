package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only shim, called only: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/pluginsettings/PluginSettings.html (interface). Values are a String, a List
 * or Map of Strings, or Properties; the app stores only Strings.
 */
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
