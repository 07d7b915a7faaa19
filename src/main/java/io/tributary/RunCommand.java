package io.tributary;

import io.tributary.config.ClusterSettings;
import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.pipeline.River;
import io.tributary.publish.FeedServer;
import io.tributary.publish.HubNotifier;
import io.tributary.publish.LiveSite;
import io.tributary.schedule.FirstPolls;
import io.tributary.schedule.PollScheduler;
import io.tributary.schedule.SourceListAgreement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
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
        Clock clock = Clock.systemUTC();
        River river = River.open(valid, clock);
        HubNotifier hubs = new HubNotifier(valid.publish().websub(), valid.baseUrl().toString(),
                Version.userAgent(valid.baseUrl().toString()));
        LiveSite site = new LiveSite(river::render, river::changeCount, valid.publish().out(), hubs);
        Map<String, SourceConfig> sources = valid.sources().stream()
                .collect(Collectors.toMap(SourceConfig::name, Function.identity()));
        FeedServer server = new FeedServer(port != null ? port : valid.server().port(), site::current, river::health);
        Consumer<String> pollOne = name -> {
            SourceConfig source = sources.get(name);
            if (source == null) {
                // a clustered job from another node's config (SourceListAgreement warned at start)
                LOG.warn("cluster: asked to poll {}, which this node's config does not list; skipped", name);
                return;
            }
            river.poll(source);
            site.refresh();
        };
        PollScheduler scheduler = cluster.enabled()
                ? PollScheduler.clustered(valid.poll().threads(), cluster, river.store().dataSource(), pollOne)
                : new PollScheduler(valid.poll().threads(), pollOne);
        ScheduledExecutorService otherNodes = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tributary-cluster-refresh");
            thread.setDaemon(true);
            return thread;
        });
        if (cluster.enabled()) {
            new SourceListAgreement(river.store()).check(cluster.node(), valid.sources(), clock.instant());
            // entries stored by other nodes move the shared change counter; look every 2 s
            otherNodes.scheduleWithFixedDelay(site::refresh, 2, 2, TimeUnit.SECONDS);
        }
        site.refresh();
        server.start();
        scheduler.schedule(valid.sources(), new FirstPolls().plan(valid.sources(), river::polledBefore, clock.instant()),
                clock.instant());
        scheduler.start();
        LOG.info("Tributary {} serving {} on port {} with {} sources", Version.current(), valid.title(),
                server.port(), valid.sources().size());
        if (cluster.enabled()) {
            LOG.info("cluster node {} checking in every {}", cluster.node(), cluster.checkIn());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: waiting for polls in flight");
            otherNodes.shutdownNow();
            try {
                scheduler.close();
            } catch (Exception e) {
                LOG.warn("scheduler did not stop cleanly: {}", e.toString());
            }
            server.close();
            hubs.close();
            river.close();
            LOG.info("stopped");
            stopped.countDown();
        }, "tributary-shutdown"));
        stopped.await();
        return 0;
    }
}
