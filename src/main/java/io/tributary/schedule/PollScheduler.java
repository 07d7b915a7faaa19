package io.tributary.schedule;

import io.tributary.config.ClusterSettings;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.ObjectAlreadyExistsException;
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
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz: one job per source, repeating at the source's interval. Quartz never runs two
 * executions of one job at once ({@link DisallowConcurrentExecution}), so a slow source is never
 * polled twice in parallel; a missed run is fired once, not caught up many times.
 *
 * <p>One node keeps its jobs in memory ({@link #PollScheduler(int, Consumer)}). A cluster
 * ({@link #clustered}) keeps them in Quartz's JDBC job store in the store's PostgreSQL database:
 * each trigger fires on one node only, the no-overlap rule holds across nodes, and when a node
 * stops checking in the others take its jobs over and run again the polls it had cut off.
 */
public final class PollScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);
    private static final String GROUP = JobReconciler.GROUP;
    private static final String HOUSEKEEPING = "housekeeping";
    /** How long {@link #close} lets polls in flight run before interrupting them (issue 7, item 12). */
    public static final Duration GRACE = Duration.ofSeconds(10);
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(5);

    private final Scheduler scheduler;
    private final Map<String, Chore> chores = new ConcurrentHashMap<>();

    /**
     * In memory, for one node.
     *
     * @param threads sources polled at once
     * @param pollOne polls the named source; called on a Quartz worker thread
     */
    public PollScheduler(int threads, Consumer<String> pollOne) throws SchedulerException {
        this(QuartzSettings.inMemory("tributary-" + Integer.toHexString(System.identityHashCode(pollOne)), threads),
                pollOne);
    }

    private PollScheduler(Properties properties, Consumer<String> pollOne) throws SchedulerException {
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        // Jobs are made here rather than by Quartz's reflective default factory, so the poll
        // callback is passed in plainly.
        scheduler.setJobFactory(new PollJobFactory(pollOne, chores));
    }

    /**
     * One node of a cluster: Quartz's clustered JDBC job store on the store's PostgreSQL pool,
     * this node known by {@code cluster.node()}, checking in every {@code cluster.checkIn()}.
     * The Quartz tables are made by the store's schema scripts.
     *
     * @param pool    the store's connection pool (see {@code Store.dataSource()}); not closed here
     * @param pollOne polls the named source; it may name a source this node's config lacks when
     *                another node's config has it
     */
    public static PollScheduler clustered(int threads, ClusterSettings cluster, DataSource pool,
                                          Consumer<String> pollOne) throws SchedulerException {
        // Quartz finds data sources by name in a process-wide registry; a name per scheduler
        // keeps two schedulers in one process (tests) from sharing one.
        String dataSource = "tributary-store-" + cluster.node() + "-"
                + Integer.toHexString(System.identityHashCode(pool));
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new StoreConnections(pool));
        return new PollScheduler(QuartzSettings.clustered(cluster, dataSource, threads), pollOne);
    }

    /**
     * Makes the jobs match {@code sources}: adds what is missing, removes jobs of sources not
     * listed, changes intervals that moved. First polls of added sources are spread over
     * {@code spread}, so a start does not fire every request in the same second.
     */
    public void schedule(List<SourceConfig> sources, Duration spread, Instant now) throws SchedulerException {
        new JobReconciler(scheduler, PollJob.class).reconcile(sources, spread, now);
    }

    /** Schedules every source with its own first run ({@link FirstPolls}); a source missing from the map runs now. */
    public void schedule(List<SourceConfig> sources, Map<String, Instant> firstRuns, Instant now)
            throws SchedulerException {
        new JobReconciler(scheduler, PollJob.class).reconcile(sources, firstRuns, now);
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    /** Schedules a source that was not scheduled yet (a source added to the config). */
    public void add(SourceConfig source, Instant firstRun) throws SchedulerException {
        new JobReconciler(scheduler, PollJob.class).ensure(source, firstRun);
    }

    /** Unschedules a source (taken out of the config); a poll of it in flight still finishes. */
    public void remove(String sourceName) throws SchedulerException {
        scheduler.deleteJob(new JobKey(sourceName, GROUP));
    }

    /** Polls a scheduled source at its new interval from now on, the next time at {@code firstRun}. */
    public void reschedule(SourceConfig source, Instant firstRun) throws SchedulerException {
        scheduler.rescheduleJob(new TriggerKey(source.name(), GROUP), JobReconciler.trigger(source, firstRun));
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
        daily(name, chore, () -> { }, firstRun);
    }

    /**
     * Runs {@code chore} every day from {@code firstRun}; {@link #close} calls {@code stop} at once,
     * whether the chore runs or not: it must make a run in progress end soon at a safe point, and
     * any later run do nothing (a chore's work waits for its next day; a poll's does not).
     */
    public void daily(String name, Runnable chore, Runnable stop, Instant firstRun) throws SchedulerException {
        chores.put(name, new Chore(chore, stop));
        JobDetail job = JobBuilder.newJob(ChoreJob.class).withIdentity(new JobKey(name, HOUSEKEEPING)).build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(name, HOUSEKEEPING)
                .startAt(Date.from(firstRun))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInHours(24).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        // In a cluster the job is shared: a node starting later finds it stored and leaves its
        // timing alone, so the chore still runs once a day on one node.
        if (scheduler.checkExists(job.getKey())) {
            return;
        }
        try {
            scheduler.scheduleJob(job, trigger);
        } catch (ObjectAlreadyExistsException e) {
            // another node starting at the same moment stored it first: theirs stands
        }
    }

    /**
     * Stops scheduling and asks the chores to stop at their next safe point, lets the polls in
     * flight finish for up to {@link #GRACE}, then interrupts those still running and waits a little
     * more for them to give up. A poll cut short this way commits nothing (its transaction is rolled
     * back), so the store is never half-written. Returns once no job runs, or after that bound (then
     * says so at WARN): the store may be closed after it.
     */
    @Override
    public void close() throws SchedulerException {
        scheduler.standby();
        for (Chore chore : chores.values()) {
            chore.stop().run();
        }
        waitForIdle(System.nanoTime() + GRACE.toNanos());
        if (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
            for (JobExecutionContext running : scheduler.getCurrentlyExecutingJobs()) {
                scheduler.interrupt(running.getFireInstanceId());
            }
            waitForIdle(System.nanoTime() + AFTER_INTERRUPT.toNanos());
        }
        List<JobExecutionContext> still = scheduler.getCurrentlyExecutingJobs();
        if (!still.isEmpty()) {
            LOG.warn("{} jobs still running {} after the stop was asked: {}", still.size(),
                    GRACE.plus(AFTER_INTERRUPT), still.stream().map(job -> job.getJobDetail().getKey().toString())
                            .collect(Collectors.joining(", ")));
        }
        // waits for the jobs' ends only when none runs: the bound above stands
        scheduler.shutdown(still.isEmpty());
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
                pollOne.accept(context.getMergedJobDataMap().getString(JobReconciler.SOURCE_KEY));
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

    /** A daily chore and how to stop it. */
    private record Chore(Runnable run, Runnable stop) {
    }

    /** A daily housekeeping chore; an interrupt asks it to stop at its next safe point. */
    @DisallowConcurrentExecution
    static final class ChoreJob implements InterruptableJob {
        private final Chore chore;

        ChoreJob(Chore chore) {
            this.chore = chore;
        }

        @Override
        public void execute(JobExecutionContext context) {
            chore.run().run();
        }

        @Override
        public void interrupt() {
            chore.stop().run();
        }
    }

    private record PollJobFactory(Consumer<String> pollOne, Map<String, Chore> chores) implements JobFactory {
        @Override
        public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
            JobKey key = bundle.getJobDetail().getKey();
            if (HOUSEKEEPING.equals(key.getGroup())) {
                return new ChoreJob(chores.getOrDefault(key.getName(), new Chore(() -> { }, () -> { })));
            }
            return new PollJob(pollOne);
        }
    }
}
