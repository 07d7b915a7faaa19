package io.tributary.schedule;

import io.tributary.config.SourceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
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
    private static final String HOUSEKEEPING = "housekeeping";
    /** How long {@link #close} lets polls in flight run before interrupting them (issue 7, item 12). */
    public static final Duration GRACE = Duration.ofSeconds(10);
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(5);

    private final Scheduler scheduler;
    private final Map<String, Runnable> chores = new ConcurrentHashMap<>();

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
        scheduler.setJobFactory(new PollJobFactory(pollOne, chores));
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

    public void start() throws SchedulerException {
        scheduler.start();
    }

    /** Schedules a source that was not scheduled yet (a source added to the config). */
    public void add(SourceConfig source, Instant firstRun) throws SchedulerException {
        scheduler.scheduleJob(job(source), trigger(source, firstRun));
    }

    /** Unschedules a source (taken out of the config); a poll of it in flight still finishes. */
    public void remove(String sourceName) throws SchedulerException {
        scheduler.deleteJob(new JobKey(sourceName, GROUP));
    }

    /** Polls a scheduled source at its new interval from now on, the next time at {@code firstRun}. */
    public void reschedule(SourceConfig source, Instant firstRun) throws SchedulerException {
        scheduler.rescheduleJob(new TriggerKey(source.name(), GROUP), trigger(source, firstRun));
    }

    /** When the source is polled next, if it is scheduled. */
    public Optional<Instant> nextPoll(String sourceName) {
        try {
            Trigger trigger = scheduler.getTrigger(new TriggerKey(sourceName, GROUP));
            return trigger == null || trigger.getNextFireTime() == null
                    ? Optional.empty() : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code chore} every day from {@code firstRun} (housekeeping: retention, compaction). */
    public void daily(String name, Runnable chore, Instant firstRun) throws SchedulerException {
        chores.put(name, chore);
        JobDetail job = JobBuilder.newJob(ChoreJob.class).withIdentity(new JobKey(name, HOUSEKEEPING)).build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(name, HOUSEKEEPING)
                .startAt(Date.from(firstRun))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInHours(24).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, trigger);
    }

    /**
     * Stops scheduling, lets the polls in flight finish for up to {@link #GRACE}, then interrupts
     * those still running and waits a little more for them to give up. A poll cut short this way
     * commits nothing (its transaction is rolled back), so the store is never half-written.
     */
    @Override
    public void close() throws SchedulerException {
        scheduler.standby();
        long deadline = System.nanoTime() + GRACE.toNanos();
        waitForIdle(deadline);
        if (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
            for (JobExecutionContext running : scheduler.getCurrentlyExecutingJobs()) {
                scheduler.interrupt(running.getFireInstanceId());
            }
            waitForIdle(System.nanoTime() + AFTER_INTERRUPT.toNanos());
        }
        scheduler.shutdown(false);
    }

    private void waitForIdle(long deadline) throws SchedulerException {
        while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
    static final class PollJob implements InterruptableJob {
        private final Consumer<String> pollOne;
        private volatile Thread runner;

        PollJob(Consumer<String> pollOne) {
            this.pollOne = pollOne;
        }

        @Override
        public void execute(JobExecutionContext context) {
            runner = Thread.currentThread();
            try {
                pollOne.accept(context.getMergedJobDataMap().getString(SOURCE_KEY));
            } finally {
                runner = null;
                Thread.interrupted(); // the pool thread must not stay interrupted
            }
        }

        /** At shutdown, after the grace time: interrupts the poll's thread (waits and I/O give up). */
        @Override
        public void interrupt() {
            Thread thread = runner;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    /** A daily housekeeping chore. */
    @DisallowConcurrentExecution
    static final class ChoreJob implements Job {
        private final Runnable chore;

        ChoreJob(Runnable chore) {
            this.chore = chore;
        }

        @Override
        public void execute(JobExecutionContext context) {
            chore.run();
        }
    }

    private record PollJobFactory(Consumer<String> pollOne, Map<String, Runnable> chores) implements JobFactory {
        @Override
        public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
            JobKey key = bundle.getJobDetail().getKey();
            if (HOUSEKEEPING.equals(key.getGroup())) {
                return new ChoreJob(chores.getOrDefault(key.getName(), () -> { }));
            }
            return new PollJob(pollOne);
        }
    }
}
