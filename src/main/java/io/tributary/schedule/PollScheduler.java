package io.tributary.schedule;

import io.tributary.config.SourceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Quartz, in memory: one job per source, repeating at the source's interval. Quartz never runs two
 * executions of one job at once ({@link DisallowConcurrentExecution}), so a slow source is never
 * polled twice in parallel; a missed run is fired once, not caught up many times.
 */
public final class PollScheduler implements AutoCloseable {
    private static final String GROUP = "sources";
    private static final String SOURCE_KEY = "source";

    private final Scheduler scheduler;

    /**
     * @param threads      sources polled at once
     * @param pollOne      polls the named source; called on a Quartz worker thread
     */
    public PollScheduler(int threads, Consumer<String> pollOne) throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "tributary-" + System.identityHashCode(this));
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        // Jobs are made here rather than by Quartz's reflective default factory, so the poll
        // callback is passed in plainly.
        scheduler.setJobFactory(new PollJobFactory(pollOne));
    }

    /**
     * Schedules every source. The first polls are spread over {@code spread}, so a restart does not
     * fire every request in the same second.
     */
    public void schedule(List<SourceConfig> sources, Duration spread, Instant now) throws SchedulerException {
        for (int i = 0; i < sources.size(); i++) {
            SourceConfig source = sources.get(i);
            long offset = sources.size() <= 1 ? 0 : spread.toMillis() * i / sources.size();
            scheduler.scheduleJob(job(source), trigger(source, now.plusMillis(offset)));
        }
    }

    /** Schedules every source with its own first run ({@link FirstPolls}); a source missing from the map runs now. */
    public void schedule(List<SourceConfig> sources, Map<String, Instant> firstRuns, Instant now)
            throws SchedulerException {
        for (SourceConfig source : sources) {
            scheduler.scheduleJob(job(source), trigger(source, firstRuns.getOrDefault(source.name(), now)));
        }
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    /** Stops scheduling and waits for the polls in flight to finish. */
    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }

    private static JobDetail job(SourceConfig source) {
        return JobBuilder.newJob(PollJob.class)
                .withIdentity(new JobKey(source.name(), GROUP))
                .usingJobData(SOURCE_KEY, source.name())
                .build();
    }

    private static Trigger trigger(SourceConfig source, Instant firstRun) {
        return TriggerBuilder.newTrigger()
                .withIdentity(source.name(), GROUP)
                .startAt(Date.from(firstRun))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(source.interval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** One poll of one source; Quartz keeps two of the same source from overlapping. */
    @DisallowConcurrentExecution
    static final class PollJob implements Job {
        private final Consumer<String> pollOne;

        PollJob(Consumer<String> pollOne) {
            this.pollOne = pollOne;
        }

        @Override
        public void execute(JobExecutionContext context) {
            pollOne.accept(context.getMergedJobDataMap().getString(SOURCE_KEY));
        }
    }

    private record PollJobFactory(Consumer<String> pollOne) implements JobFactory {
        @Override
        public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
            return new PollJob(pollOne);
        }
    }
}
