package io.tributary.websub;

import io.tributary.MovingClock;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tributary.config.Config;
import io.tributary.config.ConfigLoader;
import io.tributary.fetch.UrlGuard;
import io.tributary.live.LiveRiver;
import io.tributary.pipeline.PollReport;
import io.tributary.pipeline.River;
import io.tributary.publish.FeedServer;
import io.tributary.publish.LiveSite;
import io.tributary.store.Store;
import io.tributary.store.Subscription;
import io.tributary.store.Subscriptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code run}'s WebSub parts on one WireMock that is both the source (its feed names the hub) and
 * the hub, a fresh in-memory store, the feed server with the callback route, and a clock the
 * test moves. Hub requests go out on the test's thread, so they are done when a call returns.
 */
final class WebSubRig implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final String SELF = "https://gazette.example.org/feed.atom";

    final MovingClock clock = new MovingClock(T0);
    final WireMockServer wire = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1"));
    final Path dir;
    final int port;
    final Store store;
    final Subscriptions subscriptions;
    final LiveRiver live;
    final LeaseKeeper leases;
    final FeedServer server;
    final List<PollReport> pushes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** With {@code isPrivate} deciding which addresses the hub guard refuses (none: {@code a -> false}). */
    WebSubRig(Path dir, String feedFixture, Predicate<InetAddress> isPrivate, String hubUrl) throws Exception {
        this.dir = dir;
        wire.start();
        wire.stubFor(post(urlEqualTo("/hub")).willReturn(aResponse().withStatus(202)));
        String feed = text(feedFixture).replace("HUB_URL", hubUrl.replace("WIRE", wire.baseUrl()));
        wire.stubFor(get(urlEqualTo("/feed.atom")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/atom+xml").withBody(feed)));
        port = freePort();
        Config config = config(true, true);
        store = Store.open(config.store());
        subscriptions = new Subscriptions(store);
        SubscriptionRequests requests = new SubscriptionRequests(subscriptions,
                new HubClient(config.baseUrl(), new UrlGuard(isPrivate), "Tributary/test"), clock);
        live = new LiveRiver(River.over(config, store, clock, new WebSubSubscriber(subscriptions, requests,
                Runnable::run)));
        leases = new LeaseKeeper(subscriptions, requests, clock);
        LiveSite site = new LiveSite(live::render, live::changeCount, Optional.empty());
        CallbackAnswers answers = new CallbackAnswers(subscriptions, live::config, live::push, report -> {
            pushes.add(report);
            site.refresh();
        }, clock);
        server = new FeedServer(port, site::current, live::health, Map.of(),
                Map.of(CallbackHandler.PREFIX, new CallbackHandler(answers)));
        server.start();
    }

    WebSubRig(Path dir, String feedFixture) throws Exception {
        this(dir, feedFixture, address -> false, "WIRE/hub");
    }

    /**
     * The config, written and loaded as an operator's would be.
     *
     * @param listed whether the Gazette is still in it
     * @param websub whether it opts in to push
     */
    Config config(boolean listed, boolean websub) throws Exception {
        String source = listed ? """
                sources:
                  - name: "Valley Gazette"
                    url: "%s/feed.atom"
                    websub: %s
                    max-bytes: 4KB
                """.formatted(wire.baseUrl(), websub) : "sources: []\n";
        Path file = dir.resolve("tributary-" + UUID.randomUUID() + ".yml");
        Files.writeString(file, """
                title: "Push test"
                base-url: "http://127.0.0.1:%d"
                server: { port: 0 }
                store: { url: "jdbc:hsqldb:mem:websub-%s" }
                poll: { interval: 15m, threads: 1, timeout: 10s }
                publish: { entries: 20 }
                """.formatted(port, dirKey()) + source);
        return new ConfigLoader().load(file);
    }

    /** One in-memory database per rig, the same for every config the rig writes. */
    private String dirKey() {
        return Integer.toHexString(dir.toString().hashCode());
    }

    PollReport poll() {
        return live.poll("Valley Gazette").orElseThrow();
    }

    Subscription onlySubscription() throws Exception {
        List<Subscription> all = subscriptions.all();
        if (all.size() != 1) {
            throw new AssertionError("expected one subscription, found " + all);
        }
        return all.get(0);
    }

    /** The form fields of every request the hub received, oldest first. */
    List<Map<String, String>> hubRequests() {
        List<Map<String, String>> forms = new ArrayList<>();
        List<LoggedRequest> requests = new ArrayList<>(wire.findAll(postRequestedFor(urlEqualTo("/hub"))));
        requests.sort((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()));
        for (LoggedRequest request : requests) {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : request.getBodyAsString().split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
            forms.add(form);
        }
        return forms;
    }

    /** The hub's verification of intent, as a GET on the callback with these parameters. */
    HttpResponse<String> verify(String callbackId, Map<String, String> query) throws Exception {
        StringBuilder url = new StringBuilder("http://127.0.0.1:" + server.port() + "/websub/" + callbackId);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return http.send(HttpRequest.newBuilder(URI.create(url.toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The hub's content distribution: a POST of {@code body} with this signature header, if any. */
    HttpResponse<String> push(String callbackId, byte[] body, Optional<String> signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/websub/" + callbackId))
                .header("Content-Type", "application/atom+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signature.ifPresent(value -> request.header("X-Hub-Signature", value));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String publishedAtom() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/feeds/all.atom"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Verifies the only subscription as a hub would, granting {@code leaseSeconds}. */
    Subscription verified(long leaseSeconds) throws Exception {
        Subscription subscription = onlySubscription();
        HttpResponse<String> answer = verify(subscription.callbackId(), Map.of("hub.mode", "subscribe",
                "hub.topic", subscription.topic().toString(), "hub.challenge", "ready-" + leaseSeconds,
                "hub.lease_seconds", Long.toString(leaseSeconds)));
        if (answer.statusCode() != 200) {
            throw new AssertionError("verification answered " + answer.statusCode());
        }
        return onlySubscription();
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = WebSubRig.class.getResourceAsStream("/websub/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture websub/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port free on every address: the feed server binds the wildcard address, which fails when
     * any one address (127.0.0.2, say) already has the port, though loopback alone has it free.
     */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.close();
        live.close();
        wire.stop();
    }
}
