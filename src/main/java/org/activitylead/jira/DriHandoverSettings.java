package org.activitylead.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import org.activitylead.host.HandoverStore;

/** Jira's DRI reassignment job in SAL's global plugin settings, in Jira's database ({@link HandoverStore}). */
@JiraComponent
public class DriHandoverSettings extends HandoverStore {

    public DriHandoverSettings(@JiraImport PluginSettingsFactory settings, @JiraImport TransactionTemplate transactions) {
        super(settings, transactions);
    }
}
