package org.activitylead.host;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;

/**
 * A long job's values in SAL's global plugin settings, stored in the host's database so every node reads the same
 * and nothing lives in one node's memory; here, an administrator's request to stop the job, under a key of its own
 * so that it and the job's progress never overwrite each other. Each read and write in a transaction.
 */
public abstract class JobSettings {

    private final PluginSettingsFactory settings;
    private final TransactionTemplate transactions;
    private final String stopKey;

    protected JobSettings(PluginSettingsFactory settings, TransactionTemplate transactions, String stopKey) {
        this.settings = settings;
        this.transactions = transactions;
        this.stopKey = stopKey;
    }

    public boolean stopRequested() {
        return transactions.execute(() -> global().get(stopKey) != null);
    }

    public void requestStop() {
        transactions.execute(() -> global().put(stopKey, "true"));
    }

    public void clearStop() {
        transactions.execute(() -> global().remove(stopKey));
    }

    protected final TransactionTemplate transactions() {
        return transactions;
    }

    protected final PluginSettings global() {
        return settings.createGlobalSettings();
    }
}
