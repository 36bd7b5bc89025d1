package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only shim, called only: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html (interface); checked against
 * sal-api 5.1.4 in the decompiled Confluence 8.7.2 tree. Left out: createSettingsForKey(String).
 */
public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
