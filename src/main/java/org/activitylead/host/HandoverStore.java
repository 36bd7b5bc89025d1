package org.activitylead.host;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.activitylead.core.handover.HandoverLedger;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.handover.PageResultsJson;

/**
 * A handover job in SAL's global plugin settings, stored in the host's database so every node reads the same
 * values and nothing lives in one node's memory: the progress, a stop request (its own key, so that it and the job's
 * progress never overwrite each other), and the pages and results batch by batch, so no value grows with the job.
 */
public class HandoverStore extends JobSettings implements HandoverLedger {

    /** SAL keeps keys up to 100 characters. */
    public static final String PROGRESS_KEY = "org.activitylead.handover.progress";
    public static final String STOP_KEY = "org.activitylead.handover.stop";
    public static final String PAGES_KEY = "org.activitylead.handover.pages.";
    public static final String RESULTS_KEY = "org.activitylead.handover.results.";
    public static final String BATCHES_KEY = "org.activitylead.handover.batches";
    public static final String AUDITED_KEY = "org.activitylead.handover.audited";

    protected HandoverStore(PluginSettingsFactory settings, TransactionTemplate transactions) {
        super(settings, transactions, STOP_KEY);
    }

    @Override
    public HandoverProgress progress() {
        return transactions().execute(() -> global().get(PROGRESS_KEY) instanceof String json ? HandoverProgress.fromJson(json)
                : HandoverProgress.notStarted());
    }

    @Override
    public void save(HandoverProgress progress) {
        transactions().execute(() -> global().put(PROGRESS_KEY, progress.toJson()));
    }

    @Override
    public List<Long> pages(int batch) {
        return transactions().execute(() -> global().get(PAGES_KEY + batch) instanceof String ids ? ids(ids) : List.<Long>of());
    }

    /** In one transaction: the old job's pages and results go, the new pages come, or nothing changes. */
    @Override
    public void savePages(List<Long> pageIds) {
        transactions().execute(() -> {
            PluginSettings global = global();
            int before = global.get(BATCHES_KEY) instanceof String count ? Integer.parseInt(count) : 0;
            for (int batch = 0; batch < before; batch++) {
                global.remove(PAGES_KEY + batch);
                global.remove(RESULTS_KEY + batch);
            }
            int batches = 0;
            for (int from = 0; from < pageIds.size(); from += HandoverRun.BATCH) {
                List<Long> batch = pageIds.subList(from, Math.min(pageIds.size(), from + HandoverRun.BATCH));
                global.put(PAGES_KEY + batches, batch.stream().map(String::valueOf).collect(Collectors.joining(",")));
                batches++;
            }
            global.put(BATCHES_KEY, Integer.toString(batches));
            return null;
        });
    }

    @Override
    public List<PageResult> results(int batch) {
        return transactions().execute(() -> global().get(RESULTS_KEY + batch) instanceof String json ? PageResultsJson.read(json)
                : List.<PageResult>of());
    }

    @Override
    public void saveResults(int batch, List<PageResult> results) {
        transactions().execute(() -> global().put(RESULTS_KEY + batch, PageResultsJson.write(results)));
    }

    /** Every result so far, batch by batch, for the screen. */
    public List<PageResult> allResults(int batches) {
        List<PageResult> all = new ArrayList<>();
        for (int batch = 0; batch < batches; batch++) {
            all.addAll(results(batch));
        }
        return all;
    }

    /** The end of a reassignment last written to the audit log, if any. */
    public Optional<HandoverProgress> audited() {
        return transactions().execute(() -> global().get(AUDITED_KEY) instanceof String json ? Optional.of(HandoverProgress.fromJson(json))
                : Optional.<HandoverProgress>empty());
    }

    public void saveAudited(HandoverProgress end) {
        transactions().execute(() -> global().put(AUDITED_KEY, end.toJson()));
    }

    private static List<Long> ids(String text) {
        List<Long> ids = new ArrayList<>();
        for (String id : text.split(",")) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                // A damaged value loses that page, never the batch.
            }
        }
        return ids;
    }
}
