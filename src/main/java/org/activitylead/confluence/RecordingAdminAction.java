package org.activitylead.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.activitylead.core.backfill.BackfillProgress;
import org.activitylead.core.backfill.BackfillView;
import org.activitylead.core.backfill.BackfillViewFactory;
import org.activitylead.core.people.HostUser;

/**
 * The app's configuration screen in Confluence's administration: the recording job's progress, and forms to start,
 * resume or stop it. For administrators in the secure administrator session ({@link AdminScreen}); the forms post with
 * Confluence's anti-forgery token, which Confluence checks before these methods run (atlassian-plugin.xml), and every
 * method checks on the server that the user is an administrator. It never reads request parameters.
 */
public class RecordingAdminAction extends AdminScreen {

    static final String SCREEN = "/admin/activity-lead/recording.action";
    static final String START = "/admin/activity-lead/start-recording.action";
    static final String STOP = "/admin/activity-lead/stop-recording.action";
    private final RecordingJob job;
    private final RecordingProgress progress;
    private final ConfluenceUserDirectory users;
    private final ConfluenceTranslations translations;
    private final ApplicationProperties applicationProperties;
    private final List<String> errorKeys = new ArrayList<>();

    public RecordingAdminAction(RecordingJob job, RecordingProgress progress, UserManager userManager, ConfluenceUserDirectory users,
                                ConfluenceTranslations translations, ApplicationProperties applicationProperties) {
        super(userManager);
        this.job = job;
        this.progress = progress;
        this.users = users;
        this.translations = translations;
        this.applicationProperties = applicationProperties;
    }

    /** Starts, resumes or restarts the job, then shows the screen again (a redirect, so a reload posts nothing). */
    public String start() {
        if (!isPermitted()) {
            return NOT_PERMITTED;
        }
        if (job.start(administrator()) == RecordingJob.Start.NOT_SCHEDULED) {
            errorKeys.add("activity-lead.backfill.error.schedule");
            return ERROR;
        }
        return SUCCESS;
    }

    public String stop() {
        return ifPermitted(() -> {
            job.stop();
            return SUCCESS;
        });
    }

    /** The screen's view model, for the template: read from the database when the screen renders. */
    public BackfillView view() {
        if (hasActionErrors() && errorKeys.isEmpty()) {
            // Confluence refused the form (its anti-forgery check) before any method of ours ran; its own text is not shown.
            errorKeys.add("activity-lead.backfill.error.refused");
        }
        ConfluenceLinks links = ConfluenceLinks.below(applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        BackfillProgress now = progress.read();
        return new BackfillViewFactory(translations.forViewer(), links, links, ZoneId.systemDefault())
                .view(now, progress.stopRequested(), RecordingJob.starter(users, now).map(HostUser::person), errorKeys);
    }
}
