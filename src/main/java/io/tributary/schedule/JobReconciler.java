package io.tributary.schedule;

import io.tributary.config.SourceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the scheduler's jobs match the config: one job per source, repeating at its interval.
 * A clustered job store keeps jobs across restarts and shares them between nodes, so this adds
 * what is missing, removes jobs of sources no longer configured and changes intervals that
 * moved, and leaves every other job's schedule alone (a restarted node does not reset the
 * cluster's timing).
 */
final class JobReconciler {
    static final String GROUP = "sources";
    static final String SOURCE_KEY = "source";
    private static final Logger LOG = LoggerFactory.getLogger(JobReconciler.class);

    private final Scheduler scheduler;
    private final Class<? extends org.quartz.Job> jobClass;

    JobReconciler(Scheduler scheduler, Class<? extends org.quartz.Job> jobClass) {
        this.scheduler = scheduler;
        this.jobClass = jobClass;
    }

    /** Reconciles; first polls of added sources are spread over {@code spread} from {@code now}. */
    void reconcile(List<SourceConfig> sources, Duration spread, Instant now) throws SchedulerException {
        Map<String, Instant> firstRuns = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            long offset = sources.size() <= 1 ? 0 : spread.toMillis() * i / sources.size();
            firstRuns.put(sources.get(i).name(), now.plusMillis(offset));
        }
        reconcile(sources, firstRuns, now);
    }

    /** Reconciles; an added source first runs at its time in {@code firstRuns}, else {@code now}. */
    void reconcile(List<SourceConfig> sources, Map<String, Instant> firstRuns, Instant now) throws SchedulerException {
        Set<String> configured = new HashSet<>();
        sources.forEach(source -> configured.add(source.name()));
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!configured.contains(key.getName())) {
                LOG.info("schedule: removing the job of {}, no longer configured", key.getName());
                scheduler.deleteJob(key);
            }
        }
        for (SourceConfig source : sources) {
            ensure(source, firstRuns.getOrDefault(source.name(), now));
        }
    }

    /** Schedules the source if it has no job, or changes its interval if that moved. */
    void ensure(SourceConfig source, Instant firstRun) throws SchedulerException {
        TriggerKey key = new TriggerKey(source.name(), GROUP);
        Trigger existing = scheduler.getTrigger(key);
        if (existing == null) {
            // durable, so the job outlives a moment without trigger; replaced, so its data is current
            scheduler.addJob(job(source), true);
            try {
                scheduler.scheduleJob(trigger(source, firstRun));
            } catch (ObjectAlreadyExistsException e) {
                // another node starting at the same moment scheduled it first: theirs stands
                LOG.debug("schedule: {} was scheduled by another node", source.name());
            }
        } else if (!(existing instanceof SimpleTrigger)
                || ((SimpleTrigger) existing).getRepeatInterval() != source.interval().toMillis()) {
            LOG.info("schedule: {} now polled every {}", source.name(), source.interval());
            scheduler.rescheduleJob(key, trigger(source, firstRun));
        }
    }

    private JobDetail job(SourceConfig source) {
        return JobBuilder.newJob(jobClass)
                .withIdentity(new JobKey(source.name(), GROUP))
                .usingJobData(SOURCE_KEY, source.name())
                .storeDurably()
                // a poll cut off by a dying node is run again by a node that takes over
                .requestRecovery()
                .build();
    }

    static Trigger trigger(SourceConfig source, Instant firstRun) {
        return TriggerBuilder.newTrigger()
                .withIdentity(source.name(), GROUP)
                .forJob(source.name(), GROUP)
                .startAt(Date.from(firstRun))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(source.interval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
