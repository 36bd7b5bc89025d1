package org.activitylead.testing;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's global plugin settings as one map shared by every "node" that uses this factory, as Confluence keeps them
 * in its database; refuses what SAL refuses (keys over 100 characters, values other than text). Also a transaction
 * template that runs the callback and counts the transactions.
 */
public final class FakePluginSettings implements PluginSettingsFactory, PluginSettings, TransactionTemplate {

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    public int transactions;

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        return values.get(checked(key));
    }

    @Override
    public Object put(String key, Object value) {
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("SAL stores text, lists, maps and properties; the app stores only text");
        }
        return values.put(checked(key), value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(checked(key));
    }

    @Override
    public <T> T execute(com.atlassian.sal.api.transaction.TransactionCallback<T> action) {
        transactions++;
        return action.doInTransaction();
    }

    private static String checked(String key) {
        if (key.length() > 100) {
            throw new IllegalArgumentException("SAL refuses keys over 100 characters");
        }
        return key;
    }
}
