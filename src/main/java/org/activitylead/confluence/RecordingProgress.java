package org.activitylead.confluence;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import org.activitylead.core.backfill.BackfillProgress;
import org.activitylead.host.JobSettings;

/**
 * The recording job's progress and an administrator's request to stop it, in SAL's global plugin settings: stored
 * in Confluence's database, so every node reads the same values and nothing lives in one node's memory. Two keys,
 * so that a stop request and the job's own progress never overwrite each other.
 */
@ConfluenceComponent
public class RecordingProgress extends JobSettings {

    /** SAL keeps keys up to 100 characters. */
    static final String PROGRESS_KEY = "org.activitylead.recording.progress";
    static final String STOP_KEY = "org.activitylead.recording.stop";

    public RecordingProgress(@ConfluenceImport PluginSettingsFactory settings, @ConfluenceImport TransactionTemplate transactions) {
        super(settings, transactions, STOP_KEY);
    }

    BackfillProgress read() {
        return transactions().execute(() -> {
            Object stored = global().get(PROGRESS_KEY);
            return stored instanceof String json ? BackfillProgress.fromJson(json) : BackfillProgress.notStarted();
        });
    }

    void save(BackfillProgress progress) {
        transactions().execute(() -> global().put(PROGRESS_KEY, progress.toJson()));
    }
}
