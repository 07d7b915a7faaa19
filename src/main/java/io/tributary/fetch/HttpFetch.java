package io.tributary.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;

/** One HTTP(S) fetch: send the request, follow redirects, judge the answer, read the body. */
final class HttpFetch {

    private final CloseableHttpClient client;
    private final FeedRequest requests;
    private final OutcomeRules rules;
    private final BodyReader reader;
    private final Watchdog watchdog;
    private final Duration timeout;
    private final long maxBytes;

    HttpFetch(CloseableHttpClient client, FeedRequest requests, OutcomeRules rules, BodyReader reader,
              Watchdog watchdog, FetchSettings settings) {
        this.client = client;
        this.requests = requests;
        this.rules = rules;
        this.reader = reader;
        this.watchdog = watchdog;
        this.timeout = settings.timeout();
        this.maxBytes = settings.maxBytes();
    }

    Answer fetch(URI url, FetchState state) {
        if (url.getHost() == null) {
            return Answer.failure(FetchOutcome.ERROR, "invalid URL: no host", url);
        }
        HttpGet request = requests.build(url, state);
        HttpClientContext context = HttpClientContext.create();
        try (Watchdog.Watch watch = watchdog.watch(request, timeout)) {
            try {
                return exchange(request, context, url, watch);
            } catch (IOException e) {
                Verdict verdict = rules.forFailure(e, watch.fired());
                return Answer.failure(verdict.outcome(), verdict.message(), url);
            }
        }
    }

    private Answer exchange(HttpGet request, HttpClientContext context, URI url, Watchdog.Watch watch)
            throws IOException {
        ClassicHttpResponse response = client.executeOpen(null, request, context);
        try {
            Reply reply = new Reply(response.getCode(), finalUrl(url, context),
                    header(response, HttpHeaders.CONTENT_TYPE), header(response, HttpHeaders.ETAG),
                    header(response, HttpHeaders.LAST_MODIFIED));
            Verdict verdict = rules.forStatus(reply.status(), header(response, HttpHeaders.RETRY_AFTER));
            switch (verdict.outcome()) {
                case OK:
                    return readBody(response.getEntity(), reply, verdict, watch);
                case NOT_MODIFIED:
                    return reply.answer(verdict, Answer.NO_BODY, true);
                default:
                    return reply.answer(verdict, Answer.NO_BODY, false);
            }
        } finally {
            closeWithoutDraining(response);
        }
    }

    private Answer readBody(HttpEntity entity, Reply reply, Verdict ok, Watchdog.Watch watch) {
        BodyReader.Body body;
        try {
            body = entity == null ? new BodyReader.Body(Answer.NO_BODY, false) : read(entity);
        } catch (IOException e) {
            return reply.answer(rules.forFailure(e, watch.fired()), Answer.NO_BODY, false);
        }
        if (watch.fired()) {
            // An abort can look like a clean end of stream to some decoders; a body that
            // "ended" after the deadline may be cut short, so it is not passed on as whole.
            return reply.answer(rules.forDeadline(), Answer.NO_BODY, false);
        }
        if (body.truncated()) {
            // A cut-off body hands out no validators: storing them could make the next poll
            // answer 304 for a feed we never read whole.
            return reply.answer(rules.forOversizedBody(maxBytes), body.bytes(), false);
        }
        return reply.answer(ok, body.bytes(), true);
    }

    private BodyReader.Body read(HttpEntity entity) throws IOException {
        // The client has already swapped in a decoding entity for gzip/deflate, so the limit
        // counts decoded bytes: a small compressed bomb is cut like any other large body.
        // The stream is deliberately not closed here: closing it reads the rest of the body
        // to save the connection; closeWithoutDraining drops the connection instead.
        InputStream in = entity.getContent();
        return reader.read(in);
    }

    /**
     * A graceful close would read the rest of an unread body to keep the connection, which for a
     * trickle or a huge body is exactly the wait we are avoiding. Closing immediately drops the
     * connection instead; a body read to its end has already given its connection back to the pool.
     */
    private static void closeWithoutDraining(ClassicHttpResponse response) {
        if (response instanceof ModalCloseable) {
            ((ModalCloseable) response).close(CloseMode.IMMEDIATE);
            return;
        }
        try {
            response.close();
        } catch (IOException ignored) {
            // The answer is already decided; a failure to tidy up the connection changes nothing.
        }
    }

    /** What the server said, before deciding what to keep of it. */
    private record Reply(int status, URI finalUrl, Optional<String> contentType, Optional<String> etag,
                         Optional<String> lastModified) {

        Answer answer(Verdict verdict, byte[] body, boolean withValidators) {
            return new Answer(verdict.outcome(), status, body, contentType,
                    withValidators ? etag : Optional.empty(),
                    withValidators ? lastModified : Optional.empty(),
                    finalUrl, verdict.message());
        }
    }

    private static URI finalUrl(URI requested, HttpClientContext context) {
        if (context.getRedirectLocations() == null) {
            return requested;
        }
        List<URI> hops = context.getRedirectLocations().getAll();
        return hops.isEmpty() ? requested : hops.get(hops.size() - 1);
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? Optional.empty() : Optional.of(header.getValue());
    }
}
