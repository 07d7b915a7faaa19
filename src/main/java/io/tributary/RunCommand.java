package io.tributary;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.pipeline.River;
import io.tributary.publish.FeedServer;
import io.tributary.publish.HubNotifier;
import io.tributary.publish.LiveSite;
import io.tributary.schedule.PollScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
    /** First polls after start are spread over this much time, so they do not all fire at once. */
    private static final Duration FIRST_POLL_SPREAD = Duration.ofSeconds(10);

    @Mixin
    ConfigOption config;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: server.port from the config)")
    Integer port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Config valid = loaded.get();
        Clock clock = Clock.systemUTC();
        River river = River.open(valid, clock);
        HubNotifier hubs = new HubNotifier(valid.publish().websub(), valid.baseUrl().toString(),
                Version.userAgent(valid.baseUrl().toString()));
        LiveSite site = new LiveSite(river::render, river::changeCount, valid.publish().out(), hubs);
        Map<String, SourceConfig> sources = valid.sources().stream()
                .collect(Collectors.toMap(SourceConfig::name, Function.identity()));
        FeedServer server = new FeedServer(port != null ? port : valid.server().port(), site::current, river::health);
        PollScheduler scheduler = new PollScheduler(valid.poll().threads(), name -> {
            river.poll(sources.get(name));
            site.refresh();
        });
        site.refresh();
        server.start();
        scheduler.schedule(valid.sources(), FIRST_POLL_SPREAD, clock.instant());
        scheduler.start();
        LOG.info("Tributary {} serving {} on port {} with {} sources", Version.current(), valid.title(),
                server.port(), valid.sources().size());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: waiting for polls in flight");
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
