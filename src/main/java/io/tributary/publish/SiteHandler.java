package io.tributary.publish;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers every request from memory: a file of the current {@link PublishedSite}, the health
 * report, or a short plain-text error. It never maps a path to the disk, so no path can reach a
 * file that was not rendered.
 */
final class SiteHandler extends Handler.Abstract {
    static final String HEALTH = "/health";
    private static final Logger LOG = LoggerFactory.getLogger(SiteHandler.class);

    private final Supplier<PublishedSite> site;
    private final Supplier<HealthReport> health;
    private final HealthJson healthJson = new HealthJson();
    private final Map<String, Supplier<DynamicPage>> routes;

    SiteHandler(Supplier<PublishedSite> site, Supplier<HealthReport> health) {
        this(site, health, Map.of());
    }

    SiteHandler(Supplier<PublishedSite> site, Supplier<HealthReport> health, Map<String, Supplier<DynamicPage>> routes) {
        this.site = site;
        this.health = health;
        this.routes = Map.copyOf(routes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        noSniff(response);
        try {
            route(request, response, callback);
        } catch (RuntimeException e) {
            // Logged for the operator; the client learns only that it failed.
            LOG.error("publish: failed to answer {}", request.getHttpURI().getPath(), e);
            if (response.isCommitted()) {
                callback.failed(e);
            } else {
                response.reset(); // drop the headers set for the answer that failed
                noSniff(response);
                plain(request, response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500,
                        "Internal error");
            }
        }
        return true;
    }

    /** Browsers must take the declared type at its word, never guess HTML in a feed. */
    private static void noSniff(Response response) {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
    }

    private void route(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            plain(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
                    "Method not allowed");
            return;
        }
        String path = Request.getPathInContext(request);
        if (HEALTH.equals(path)) {
            health(request, response, callback);
            return;
        }
        Optional<PublishedFile> file = site.get().file(alias(path));
        if (file.isEmpty() && routes.containsKey(path)) {
            dynamic(request, response, callback, routes.get(path).get());
            return;
        }
        if (file.isEmpty()) {
            plain(request, response, callback, HttpStatus.NOT_FOUND_404,
                    PlainErrorHandler.NOT_FOUND);
            return;
        }
        serve(request, response, callback, file.get());
    }

    /**
     * Jetty has already decoded and normalized the path. The index and the topic pages have a
     * second name, the one they have in a static export ({@code /topics/x/} is
     * {@code topics/x/index.html} there).
     */
    private static String alias(String path) {
        if ("/index.html".equals(path)) {
            return PublishedSite.INDEX;
        }
        if (path.startsWith("/topics/") && path.endsWith("/index.html")) {
            return path.substring(0, path.length() - "/index.html".length());
        }
        if (path.startsWith("/topics/") && path.endsWith("/") && path.length() > "/topics/".length()) {
            return path.substring(0, path.length() - 1);
        }
        return path;
    }

    private void serve(Request request, Response response, Callback callback, PublishedFile file) {
        boolean gzip = acceptsGzip(request);
        var headers = response.getHeaders();
        headers.put(HttpHeader.ETAG, gzip ? ConditionalRequest.gzipEtag(file.etag()) : file.etag());
        headers.putDate(HttpHeader.LAST_MODIFIED, file.lastModified().toEpochMilli());
        headers.put(HttpHeader.CACHE_CONTROL, file.cacheControl());
        headers.put(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
        if (ConditionalRequest.notModified(request.getHeaders(), file)) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            return;
        }
        headers.put(HttpHeader.CONTENT_TYPE, file.contentType());
        // The only HTML this site renders is IndexPage's (front and topic pages).
        PageHeaders.addIfHtml(headers, file.contentType(), IndexPage.POLICY);
        if (gzip) {
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
        }
        send(request, response, callback, HttpStatus.OK_200,
                gzip ? file.gzippedBuffer() : file.bodyBuffer());
    }

    private void health(Request request, Response response, Callback callback) {
        HealthReport report = health.get();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(request, response, callback,
                report.healthy() ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503,
                ByteBuffer.wrap(healthJson.write(report)));
    }

    private static void dynamic(Request request, Response response, Callback callback, DynamicPage page) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        PageHeaders.addIfHtml(response.getHeaders(), page.contentType(), page.policy().orElse(PagePolicy.NOTHING));
        send(request, response, callback, page.status(), ByteBuffer.wrap(page.body()));
    }

    private static void plain(Request request, Response response, Callback callback, int status,
                              String message) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PlainErrorHandler.TEXT);
        send(request, response, callback, status,
                ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** HEAD gets the headers GET would get, Content-Length included, and no body. */
    private static void send(Request request, Response response, Callback callback, int status,
                             ByteBuffer body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.remaining());
        if (HttpMethod.HEAD.is(request.getMethod())) {
            callback.succeeded();
        } else {
            response.write(true, body, callback);
        }
    }

    /** Accept-Encoding lists gzip (or {@code *}) with a non-zero quality (RFC 9110 12.5.3). */
    private static boolean acceptsGzip(Request request) {
        List<String> codings = request.getHeaders().getQualityCSV(HttpHeader.ACCEPT_ENCODING);
        return codings.stream().anyMatch(coding -> coding.equalsIgnoreCase("gzip")
                || coding.equalsIgnoreCase("x-gzip") || coding.equals("*"));
    }
}
