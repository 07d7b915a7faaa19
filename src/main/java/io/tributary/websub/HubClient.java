package io.tributary.websub;

import io.tributary.fetch.UrlGuard;
import io.tributary.store.Subscription;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends subscription requests to a hub (WebSub section 5.1): a form POST with {@code hub.mode},
 * {@code hub.topic}, {@code hub.callback} and, to subscribe, {@code hub.secret} and
 * {@code hub.lease_seconds}. The hub answers {@code 202 Accepted} and verifies later, on the callback.
 *
 * <p>The hub URL comes from a feed, so it passes the fetcher's URL guard first, and redirects are
 * not followed (a redirect could lead past the guard).
 */
public final class HubClient {
    /** The lease asked for; hubs may grant less or more. */
    public static final Duration LEASE = Duration.ofDays(10);
    static final String CALLBACK_PATH = "/websub/";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String baseUrl;
    private final UrlGuard guard;
    private final String userAgent;
    private final HttpClient client;

    /**
     * @param baseUrl   this instance's public base URL: callbacks are {@code <baseUrl>/websub/<id>}
     * @param guard     refuses hubs on private networks for public sources
     * @param userAgent sent with every request
     */
    public HubClient(URI baseUrl, UrlGuard guard, String userAgent) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.guard = guard;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The callback URL of a subscription. */
    public String callback(String callbackId) {
        return baseUrl + CALLBACK_PATH + callbackId;
    }

    /**
     * Asks the hub to start (or renew) {@code subscription}, on behalf of the source configured at
     * {@code sourceUrl}; returns why it failed, empty when the hub accepted.
     */
    public Optional<String> subscribe(Subscription subscription, URI sourceUrl) {
        if (guard.refuses(subscription.hub(), sourceUrl)) {
            return Optional.of("hub on a private address refused: " + subscription.hub());
        }
        Map<String, String> form = form("subscribe", subscription);
        form.put("hub.secret", subscription.secret());
        form.put("hub.lease_seconds", Long.toString(LEASE.toSeconds()));
        return post(subscription.hub(), form);
    }

    /** Asks the hub to end {@code subscription}; returns why it failed, empty when the hub accepted. */
    public Optional<String> unsubscribe(Subscription subscription) {
        // the hub passed the guard when this subscription was made
        return post(subscription.hub(), form("unsubscribe", subscription));
    }

    private Map<String, String> form(String mode, Subscription subscription) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hub.mode", mode);
        form.put("hub.topic", subscription.topic().toString());
        form.put("hub.callback", callback(subscription.callbackId()));
        return form;
    }

    private Optional<String> post(URI hub, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpRequest request = HttpRequest.newBuilder(hub).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("User-Agent", userAgent)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 == 2) {
                return Optional.empty();
            }
            String reason = answer.body() == null ? "" : answer.body().strip();
            return Optional.of("hub answered HTTP " + answer.statusCode()
                    + (reason.isEmpty() ? "" : ": " + reason.substring(0, Math.min(200, reason.length()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (Exception e) {
            return Optional.of("cannot reach the hub: " + e);
        }
    }
}
