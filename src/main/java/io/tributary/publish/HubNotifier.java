package io.tributary.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Tells the configured WebSub hubs which feeds changed (WebSub section 7, "Publishing": a
 * {@code hub.mode=publish} POST naming the topic URL), so subscribers get new entries pushed
 * within seconds instead of at their next poll.
 *
 * <p>Runs on its own thread after a rendering: a slow or dead hub never delays serving or
 * polling, and a failed notification is only logged (the feed is still there to be polled).
 */
public final class HubNotifier implements SiteListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubNotifier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The feeds readers subscribe to; archive pages are not topics anyone subscribes to. */
    private static final Pattern SUBSCRIBABLE = Pattern.compile("/feeds/(all|topics/[a-z0-9][a-z0-9-]*)\\.(atom|json)");

    private final List<URI> hubs;
    private final String baseUrl;
    private final HttpClient client;
    private final ExecutorService worker;
    private final String userAgent;

    /**
     * @param hubs    the hubs to notify
     * @param baseUrl this instance's base URL, without a trailing slash
     */
    public HubNotifier(List<URI> hubs, String baseUrl, String userAgent) {
        this.hubs = List.copyOf(hubs);
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "websub-notify");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a notification of every subscribable feed that is new or changed in {@code after}. */
    @Override
    public void changed(Optional<PublishedSite> before, PublishedSite after) {
        List<String> urls = changedFeeds(before, after);
        if (urls.isEmpty() || hubs.isEmpty()) {
            return;
        }
        worker.execute(() -> urls.forEach(this::notifyHubs));
    }

    /**
     * The absolute URLs of the subscribable feeds whose bytes differ, in path order. The first
     * rendering of a process changes nothing for subscribers (the feeds were served before the
     * restart), so it notifies nothing.
     */
    List<String> changedFeeds(Optional<PublishedSite> before, PublishedSite after) {
        List<String> urls = new ArrayList<>();
        if (before.isEmpty()) {
            return urls;
        }
        for (Map.Entry<String, PublishedFile> file : after.files().entrySet()) {
            if (!SUBSCRIBABLE.matcher(file.getKey()).matches()) {
                continue;
            }
            Optional<String> oldTag = before.get().file(file.getKey()).map(PublishedFile::etag);
            if (oldTag.isEmpty() || !oldTag.get().equals(file.getValue().etag())) {
                urls.add(baseUrl + file.getKey());
            }
        }
        return urls;
    }

    private void notifyHubs(String feedUrl) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(feedUrl, StandardCharsets.UTF_8);
        for (URI hub : hubs) {
            try {
                HttpRequest request = HttpRequest.newBuilder(hub).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("User-Agent", userAgent)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 != 2) {
                    LOG.warn("websub: hub {} answered {} to the update of {}", hub, status, feedUrl);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warn("websub: cannot notify hub {} of {}: {}", hub, feedUrl, e.toString());
            }
        }
    }

    /** Sends what is queued (waiting a little), then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
