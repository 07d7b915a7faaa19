package io.tributary.schedule;

import io.tributary.config.ClusterSettings;
import io.tributary.config.SourceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.quartz.utils.DBConnectionManager;

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
    private final Scheduler scheduler;

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
        scheduler.setJobFactory(new PollJobFactory(pollOne));
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

    /** Stops scheduling and waits for the polls in flight to finish. */
    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
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
            pollOne.accept(context.getMergedJobDataMap().getString(JobReconciler.SOURCE_KEY));
        }
    }

    private record PollJobFactory(Consumer<String> pollOne) implements JobFactory {
        @Override
        public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
            return new PollJob(pollOne);
        }
    }
}
