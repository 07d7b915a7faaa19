package io.tributary.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP(S) fetch: send the request, follow redirects hop by hop (so each hop can be judged:
 * permanent or not, into a private network or not), judge the answer, read the body.
 */
final class HttpFetch {

    private final CloseableHttpClient client;
    private final FeedRequest requests;
    private final OutcomeRules rules;
    private final Watchdog watchdog;
    private final AddressGuard guard;
    private final FetchSettings settings;

    HttpFetch(CloseableHttpClient client, FeedRequest requests, OutcomeRules rules, Watchdog watchdog,
              AddressGuard guard, FetchSettings settings) {
        this.client = client;
        this.requests = requests;
        this.rules = rules;
        this.watchdog = watchdog;
        this.guard = guard;
        this.settings = settings;
    }

    /**
     * Fetches {@code url} for a source configured at {@code configured}: hops into a private
     * network are refused unless {@code configured} is in one itself.
     */
    Answer fetch(URI url, FetchState state, URI configured, FetchOptions options) {
        if (url.getHost() == null) {
            return Answer.failure(FetchOutcome.ERROR, "invalid URL: no host", url);
        }
        Limits limits = new Limits(options, settings);
        Exchange exchange = new Exchange(url, state, options, limits, !guard.allowsPrivate(configured));
        ChainAbort abort = new ChainAbort();
        try (Watchdog.Watch watch = watchdog.watch(abort, limits.timeout())) {
            try {
                return exchange.run(abort, watch);
            } catch (IOException e) {
                Verdict verdict = limits.rules(rules).forFailure(e, watch.fired());
                return Answer.failure(verdict.outcome(), verdict.message(), exchange.chain.current());
            }
        }
    }

    /** The limits of one fetch: the source's own where it has them, else the global ones. */
    private record Limits(Duration connectTimeout, Duration timeout, long maxBytes) {
        Limits(FetchOptions options, FetchSettings settings) {
            this(options.connectTimeout().orElse(settings.connectTimeout()),
                    options.timeout().orElse(settings.timeout()),
                    options.maxBytes().orElse(settings.maxBytes()));
        }

        OutcomeRules rules(OutcomeRules global) {
            return global.withTimeouts(timeout, connectTimeout);
        }

        @SuppressWarnings("deprecation") // a per-request connect timeout is still honoured in 5.x
        RequestConfig requestConfig() {
            Timeout total = Timeout.ofMilliseconds(timeout.toMillis());
            return RequestConfig.custom()
                    .setConnectionRequestTimeout(total)
                    .setResponseTimeout(total)
                    .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                    .setRedirectsEnabled(false)
                    .setContentCompressionEnabled(true)
                    .build();
        }
    }

    /** The request chain of one fetch, hop by hop. */
    private final class Exchange {
        private final URI first;
        private final FetchState state;
        private final FetchOptions options;
        private final Limits limits;
        private final boolean publicOnly;
        private final RedirectChain chain;

        Exchange(URI first, FetchState state, FetchOptions options, Limits limits, boolean publicOnly) {
            this.first = first;
            this.state = state;
            this.options = options;
            this.limits = limits;
            this.publicOnly = publicOnly;
            this.chain = new RedirectChain(first, settings.maxRedirects());
        }

        Answer run(ChainAbort abort, Watchdog.Watch watch) throws IOException {
            while (true) {
                URI url = chain.current();
                if (publicOnly && guard.refuses(url)) {
                    return Answer.failure(FetchOutcome.ERROR, AddressGuard.REFUSAL, url);
                }
                HttpGet request = request(url);
                abort.use(request);
                HttpClientContext context = HttpClientContext.create();
                ClassicHttpResponse response = client.executeOpen(null, request, context);
                try {
                    if (publicOnly && settings.proxy().isEmpty() && connectedToPrivate(context)) {
                        return Answer.failure(FetchOutcome.ERROR, AddressGuard.REFUSAL, url);
                    }
                    int status = response.getCode();
                    Optional<String> location = header(response, HttpHeaders.LOCATION);
                    if (!RedirectChain.isRedirect(status) || location.isEmpty()) {
                        return answer(response, url, watch);
                    }
                    RedirectChain.Hop hop = chain.follow(status, location.get());
                    if (hop.refusal().isPresent()) {
                        return Answer.failure(FetchOutcome.ERROR, hop.refusal().get(), url);
                    }
                } finally {
                    closeWithoutDraining(response);
                }
            }
        }

        /** Headers and credentials only for the origin first asked; a redirect elsewhere gets neither. */
        private HttpGet request(URI url) {
            boolean sameOrigin = RedirectChain.sameOrigin(first, url);
            HttpGet request = requests.build(url, state,
                    sameOrigin ? options.headers() : java.util.Map.of(),
                    sameOrigin ? options.auth() : Optional.empty());
            request.setConfig(limits.requestConfig());
            return request;
        }

        private boolean connectedToPrivate(HttpClientContext context) {
            EndpointDetails endpoint = context.getEndpointDetails();
            return endpoint != null && guard.refusesConnectedTo(endpoint.getRemoteAddress());
        }

        private Answer answer(ClassicHttpResponse response, URI url, Watchdog.Watch watch) {
            Optional<String> retryAfter = header(response, HttpHeaders.RETRY_AFTER);
            Reply reply = new Reply(response.getCode(), url, header(response, HttpHeaders.CONTENT_TYPE),
                    header(response, HttpHeaders.ETAG), header(response, HttpHeaders.LAST_MODIFIED),
                    chain.movedTo(), retryAfter);
            OutcomeRules judged = limits.rules(rules);
            Verdict verdict = judged.forStatus(reply.status(), retryAfter);
            switch (verdict.outcome()) {
                case OK:
                    return readBody(response.getEntity(), reply, verdict, watch, judged);
                case NOT_MODIFIED:
                    return reply.answer(verdict, Answer.NO_BODY, true);
                default:
                    return reply.answer(verdict, Answer.NO_BODY, false);
            }
        }

        private Answer readBody(HttpEntity entity, Reply reply, Verdict ok, Watchdog.Watch watch,
                                OutcomeRules judged) {
            BodyReader.Body body;
            try {
                body = entity == null ? new BodyReader.Body(Answer.NO_BODY, false)
                        : read(entity, new BodyReader(limits.maxBytes()));
            } catch (IOException e) {
                return reply.answer(judged.forFailure(e, watch.fired()), Answer.NO_BODY, false);
            }
            if (watch.fired()) {
                // An abort can look like a clean end of stream to some decoders; a body that
                // "ended" after the deadline may be cut short, so it is not passed on as whole.
                return reply.answer(judged.forDeadline(), Answer.NO_BODY, false);
            }
            if (body.truncated()) {
                // A cut-off body hands out no validators: storing them could make the next poll
                // answer 304 for a feed we never read whole.
                return reply.answer(judged.forOversizedBody(limits.maxBytes()), body.bytes(), false);
            }
            return reply.answer(ok, body.bytes(), true);
        }
    }

    private static BodyReader.Body read(HttpEntity entity, BodyReader reader) throws IOException {
        // The client has already swapped in a decoding entity for gzip/deflate, so the limit
        // counts decoded bytes: a small compressed bomb is cut like any other large body.
        // The stream is deliberately not closed here: closing it reads the rest of the body
        // to save the connection; closeWithoutDraining drops the connection instead.
        InputStream in = entity.getContent();
        return reader.read(in);
    }

    /**
     * The watchdog's handle on a whole redirect chain: cancelling it cancels whichever hop is in
     * flight, and a hop started after the deadline is cancelled at once.
     */
    private static final class ChainAbort implements Cancellable {
        private volatile HttpGet current;
        private volatile boolean cancelled;

        void use(HttpGet request) {
            current = request;
            if (cancelled) {
                request.cancel();
            }
        }

        @Override
        public boolean cancel() {
            cancelled = true;
            HttpGet request = current;
            return request == null || request.cancel();
        }
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
                         Optional<String> lastModified, Optional<URI> movedTo, Optional<String> retryAfter) {

        Answer answer(Verdict verdict, byte[] body, boolean withValidators) {
            return new Answer(verdict.outcome(), status, body, contentType,
                    withValidators ? etag : Optional.empty(),
                    withValidators ? lastModified : Optional.empty(),
                    finalUrl, verdict.message(), movedTo, retryAfter);
        }
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? Optional.empty() : Optional.of(header.getValue());
    }
}
