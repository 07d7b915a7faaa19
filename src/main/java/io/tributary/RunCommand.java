package io.tributary;

import io.tributary.config.ClusterSettings;
import io.tributary.config.Config;
import io.tributary.config.ConfigLoader;
import io.tributary.config.SourceConfig;
import io.tributary.fetch.UrlGuard;
import io.tributary.live.ConfigReload;
import io.tributary.live.ConfigWatcher;
import io.tributary.live.LiveRiver;
import io.tributary.live.SourcesFolder;
import io.tributary.ops.Housekeeping;
import io.tributary.ops.OperatorEndpoint;
import io.tributary.ops.OperatorRoutes;
import io.tributary.ops.PollMetrics;
import io.tributary.pipeline.River;
import io.tributary.publish.BackgroundRendering;
import io.tributary.publish.FeedServer;
import io.tributary.publish.HubNotifier;
import io.tributary.publish.LiveSite;
import io.tributary.publish.PublishedSite;
import io.tributary.store.Store;
import io.tributary.store.Subscriptions;
import io.tributary.websub.CallbackAnswers;
import io.tributary.websub.CallbackHandler;
import io.tributary.websub.HubClient;
import io.tributary.websub.LeaseKeeper;
import io.tributary.websub.SubscriptionRequests;
import io.tributary.websub.WebSubSubscriber;
import io.tributary.schedule.FirstPolls;
import io.tributary.schedule.PollScheduler;
import io.tributary.schedule.SourceListAgreement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: the scheduler and the HTTP server, until stopped. */
@Command(name = "run", description = "Poll every source on its schedule and serve the published feeds over HTTP.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    /** The first retention run waits until the first polls are done; then once a day. */
    private static final Duration HOUSEKEEPING_DELAY = Duration.ofMinutes(10);
    /** How often WebSub leases are looked at: renewals are due days ahead, a minute is plenty. */
    private static final Duration WEBSUB_TICK = Duration.ofMinutes(1);

    @Mixin
    ConfigOption config;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: server.port from the config)")
    Integer port;

    @Mixin
    ClusterOptions clusterOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Config valid = loaded.get();
        ClusterSettings cluster;
        try {
            cluster = clusterOptions.apply(valid.cluster());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Tributary.EXIT_BAD_CONFIG;
        }
        if (cluster.enabled() && !valid.store().url().startsWith("jdbc:postgresql:")) {
            spec.commandLine().getErr().println(valid.file() + ": a cluster needs a PostgreSQL store "
                    + "(store.url jdbc:postgresql://...)");
            return Tributary.EXIT_BAD_CONFIG;
        }
        serve(valid, cluster, Clock.systemUTC());
        return 0;
    }

    /** Starts everything, then waits for SIGTERM. */
    private void serve(Config valid, ClusterSettings cluster, Clock clock) throws Exception {
        Store store = Store.open(valid.store());
        Subscriptions subscriptions = new Subscriptions(store);
        // one thread for every hub request: subscriptions, renewals and unsubscribes never race
        ScheduledExecutorService websub = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "websub-subscribe");
            thread.setDaemon(true);
            return thread;
        });
        SubscriptionRequests hubRequests = new SubscriptionRequests(subscriptions,
                new HubClient(valid.baseUrl(), new UrlGuard(), Version.userAgent(valid.baseUrl().toString())), clock);
        LiveRiver live = new LiveRiver(River.over(valid, store, clock,
                new WebSubSubscriber(subscriptions, hubRequests, websub)));
        LeaseKeeper leases = new LeaseKeeper(subscriptions, hubRequests, clock);
        PollMetrics metrics = new PollMetrics();
        HubNotifier hubs = new HubNotifier(valid.publish().websub(), valid.baseUrl().toString(),
                Version.userAgent(valid.baseUrl().toString()));
        LiveSite site = new LiveSite(() -> timed(live::render, metrics), live::changeCount, valid.publish().out(),
                hubs);
        // polls and pushes ask for a rendering and go on; one thread renders
        BackgroundRendering renders = new BackgroundRendering(site::refresh);
        Consumer<String> pollOne = name -> {
            // empty for a clustered job of a source this node's config does not list
            // (SourceListAgreement warned at start)
            live.poll(name).ifPresentOrElse(metrics::polled,
                    () -> LOG.warn("asked to poll {}, which this node's config does not list; skipped", name));
            renders.request();
        };
        PollScheduler scheduler = cluster.enabled()
                ? PollScheduler.clustered(valid.poll().threads(), cluster, live.river().store().dataSource(), pollOne)
                : new PollScheduler(valid.poll().threads(), pollOne);
        OperatorRoutes routes = new OperatorRoutes(live::config, live.river().store(), scheduler::nextPoll,
                live::configError, metrics, clock);
        CallbackAnswers callbacks = new CallbackAnswers(subscriptions, live::config, live::push, report -> {
            metrics.polled(report); // a push counts as a poll
            renders.request();
        }, clock);
        FeedServer server = new FeedServer(port != null ? port : valid.server().port(), site::current, live::health,
                routes.routes(), Map.of(CallbackHandler.PREFIX, new CallbackHandler(callbacks)));
        ConfigReload reload = new ConfigReload(config.file, new ConfigLoader()::load, live, scheduler, () -> {
            site.rerender();
            // sources taken out or with websub turned off are unsubscribed now, not at the next tick
            websub.execute(() -> leases.tend(live.config()));
        }, clock);
        ConfigWatcher watcher = new ConfigWatcher(() -> live.config().files(),
                () -> List.of(SourcesFolder.of(config.file)), reload::reload);
        ScheduledExecutorService otherNodes = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tributary-cluster-refresh");
            thread.setDaemon(true);
            return thread;
        });
        if (cluster.enabled()) {
            new SourceListAgreement(live.river().store()).check(cluster.node(), valid.sources(), clock.instant());
            // entries stored by other nodes move the shared change counter; look every 2 s
            otherNodes.scheduleWithFixedDelay(site::refresh, 2, 2, TimeUnit.SECONDS);
        }
        live.river().store().flagRemovedSources(
                valid.sources().stream().map(SourceConfig::name).collect(Collectors.toSet()), clock.instant());
        site.refresh();
        server.start();
        // lets backup (another process) have this process write a backup of the store it holds
        Optional<OperatorEndpoint> endpoint = OperatorEndpoint.startFor(live.river().store(), valid.store());
        River river = live.river();
        scheduler.schedule(valid.sources(), new FirstPolls().plan(valid.sources(), river::polledBefore, clock.instant()),
                clock.instant());
        Housekeeping housekeeping = new Housekeeping(live::config, live.river().store(), site::rerender, clock);
        // at the stop a prune ends between two batches, so the store is closed after it, not under it
        scheduler.daily("retention", housekeeping, housekeeping::stop, clock.instant().plus(HOUSEKEEPING_DELAY));
        scheduler.start();
        watcher.start();
        // renew leases due, subscribe again after a restart past a lease's end, unsubscribe removed sources
        websub.scheduleWithFixedDelay(() -> leases.tend(live.config()), 0, WEBSUB_TICK.toSeconds(), TimeUnit.SECONDS);
        LOG.info("Tributary {} serving {} on port {} with {} sources", Version.current(), valid.title(),
                server.port(), valid.sources().size());
        if (cluster.enabled()) {
            LOG.info("cluster node {} checking in every {}", cluster.node(), cluster.checkIn());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            otherNodes.shutdownNow();
            endpoint.ifPresent(OperatorEndpoint::close);
            websub.shutdownNow();
            stop(watcher, scheduler, renders, server, live, stopped);
            hubs.close();
        }, "tributary-shutdown"));
        stopped.await();
    }

    /**
     * SIGTERM: stop watching and scheduling, ask housekeeping to stop at its next safe point, let
     * polls in flight finish (at most {@link PollScheduler#GRACE}, then interrupt), stop serving,
     * close the store.
     */
    private static void stop(ConfigWatcher watcher, PollScheduler scheduler, BackgroundRendering renders,
                             FeedServer server, LiveRiver live, CountDownLatch stopped) {
        LOG.info("stopping: waiting for polls in flight");
        watcher.close();
        try {
            scheduler.close();
        } catch (Exception e) {
            LOG.warn("scheduler did not stop cleanly: {}", e.toString());
        }
        renders.close();
        server.close();
        live.close();
        LOG.info("stopped");
        stopped.countDown();
    }

    /** Renders and counts the time it took, for {@code /metrics}. */
    private static PublishedSite timed(Supplier<PublishedSite> render, PollMetrics metrics) {
        long started = System.nanoTime();
        try {
            return render.get();
        } finally {
            metrics.rendered(System.nanoTime() - started);
        }
    }
}
