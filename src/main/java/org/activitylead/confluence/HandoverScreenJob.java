package org.activitylead.confluence;

import com.atlassian.sal.api.user.UserKey;
import java.util.Optional;
import java.util.function.Supplier;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.report.SpaceKey;
import org.activitylead.host.HandoverForm;
import org.activitylead.host.HandoverJobs.Start;

/** The handover job as a reassignment screen starts it: the dry run limited to the space {@code space} names when it starts, if any. */
final class HandoverScreenJob implements HandoverForm.Job {

    private final HandoverJob job;
    private final Supplier<Optional<SpaceKey>> space;

    HandoverScreenJob(HandoverJob job, Supplier<Optional<SpaceKey>> space) {
        this.job = job;
        this.space = space;
    }

    @Override
    public Start dryRun(HandoverRequest request, String administratorKey) {
        return job.dryRun(request, administratorKey, space.get());
    }

    @Override
    public Start reassign(HandoverRequest request, String administratorKey) {
        return job.reassign(request, new UserKey(administratorKey));
    }

    @Override
    public Start resume(String administratorKey) {
        return job.resume(new UserKey(administratorKey));
    }

    @Override
    public void stop() {
        job.stop();
    }
}
