package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.activitylead.core.backfill.BackfillState;
import org.activitylead.core.backfill.PageRecorder;
import org.activitylead.core.backfill.PanelledPages;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.FakeClusterLocks;
import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of one cluster: each its own RecordingJob (and scheduler), sharing only what Confluence shares between
 * nodes: the database (SAL's settings), the cluster's locks, the pages and their records. Proves the job keeps nothing
 * in one node's memory: a node that stops mid-way leaves the rest to the other, and no page is recorded twice.
 */
class RecordingJobClusterTest {

    private static final UserKey ADMIN = new UserKey("key-admin");

    private final FakePluginSettings database = new FakePluginSettings();
    private final FakeClusterLocks locks = new FakeClusterLocks();
    private final List<Long> pagesWithPanels = new ArrayList<>(LongStream.rangeClosed(1, 90).boxed().toList());
    private final List<Long> recorded = new ArrayList<>();

    private RecordingJob node() {
        ConfluencePanelledPages pages = mock(ConfluencePanelledPages.class);
        when(pages.find(anyInt(), anyInt())).thenAnswer(call -> {
            int from = call.getArgument(0);
            int limit = call.getArgument(1);
            int size = pagesWithPanels.size();
            return new PanelledPages.Found(pagesWithPanels.subList(Math.min(from, size), Math.min(from + limit, size)), size);
        });
        PageManager pageManager = mock(PageManager.class);
        when(pageManager.getAbstractPage(anyLong())).thenAnswer(call -> {
            AbstractPage page = mock(AbstractPage.class);
            when(page.getId()).thenReturn(call.<Long>getArgument(0));
            return page;
        });
        OwnershipRecorder recorder = mock(OwnershipRecorder.class);
        when(recorder.record(any())).thenAnswer(call -> {
            recorded.add(call.<AbstractPage>getArgument(0).getId());
            return PageRecorder.Outcome.WRITTEN;
        });
        ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
        when(users.find(new UserRef("key-admin")))
                .thenReturn(Optional.of(new HostUser<>(aPerson("admin").key("key-admin").build(), mock(ConfluenceUser.class))));
        return new RecordingJob(mock(SchedulerService.class), locks, pageManager, database, new RecordingProgress(database, database), users,
                pages, recorder);
    }

    /** A run the host lets finish. */
    private static JobRunnerRequest running() {
        return mock(JobRunnerRequest.class);
    }

    @Test
    void aNodeThatStopsMidWayLeavesTheRestToAnotherWithNoPageRecordedTwice() {
        RecordingJob first = node();
        RecordingJob second = node();
        first.start(ADMIN);
        // The first node is shut down once it has recorded 30 pages: it stops after that batch (two batches of 25, the
        // second one row early to keep its place: 49 pages).
        JobRunnerRequest firstRun = mock(JobRunnerRequest.class);
        when(firstRun.isCancellationRequested()).thenAnswer(call -> recorded.size() >= 30);

        first.runJob(firstRun);
        int byTheFirst = recorded.size();
        second.runJob(running());

        assertThat(byTheFirst).isEqualTo(49);
        assertThat(recorded).hasSize(90).doesNotHaveDuplicates();
        assertThat(new RecordingProgress(database, database).read().state()).isEqualTo(BackfillState.FINISHED);
        assertThat(locks.held(RecordingJob.NAME)).isFalse();
    }

    @Test
    void whileOneNodeRunsTheJobAnotherNeitherRunsNorRestartsIt() {
        RecordingJob first = node();
        RecordingJob second = node();
        first.start(ADMIN);
        // Another node is inside a run: it holds the cluster lock.
        assertThat(locks.getLockForName(RecordingJob.NAME).tryLock()).isTrue();

        JobRunnerResponse response = second.runJob(running());
        RecordingJob.Start start = second.start(new UserKey("key-other"));

        assertThat(response).isEqualTo(JobRunnerResponse.aborted("Another node is recording pages"));
        assertThat(start).isEqualTo(RecordingJob.Start.ALREADY_RUNNING);
        assertThat(recorded).isEmpty();
        assertThat(new RecordingProgress(database, database).read().startedBy()).isEqualTo("key-admin");
    }
}
