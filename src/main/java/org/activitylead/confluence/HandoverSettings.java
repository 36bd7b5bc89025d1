package org.activitylead.confluence;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import org.activitylead.host.HandoverStore;

/** Confluence's handover job in SAL's global plugin settings, in Confluence's database ({@link HandoverStore}). */
@ConfluenceComponent
public class HandoverSettings extends HandoverStore {

    public HandoverSettings(@ConfluenceImport PluginSettingsFactory settings, @ConfluenceImport TransactionTemplate transactions) {
        super(settings, transactions);
    }
}
