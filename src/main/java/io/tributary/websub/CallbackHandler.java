package io.tributary.websub;

import io.tributary.store.StoreException;
import io.tributary.store.Subscription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the callback URLs, {@code /websub/<id>}: reads the request (the body only up
 * to the source's size limit, 413 beyond it) and answers what {@link CallbackAnswers} decides.
 * An id that is not one of ours is 404 before any body is read.
 */
public final class CallbackHandler extends Handler.Abstract {
    /** Where the feed server sends the callbacks. */
    public static final String PREFIX = HubClient.CALLBACK_PATH;
    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

    private final CallbackAnswers answers;

    public CallbackHandler(CallbackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        String id = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        try {
            Optional<Subscription> subscription = answers.subscription(id);
            if (subscription.isEmpty()) {
                return answer(response, callback, CallbackAnswers.Answer.NOT_FOUND);
            }
            if (HttpMethod.GET.is(request.getMethod())) {
                return answer(response, callback, answers.verify(subscription.get(), query(request)));
            }
            if (HttpMethod.POST.is(request.getMethod())) {
                return deliver(request, response, callback, subscription.get());
            }
            response.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
            return answer(response, callback, new CallbackAnswers.Answer(405, "Method not allowed"));
        } catch (StoreException | IOException | RuntimeException e) {
            LOG.error("websub: failed to answer {}", path, e);
            return answer(response, callback, new CallbackAnswers.Answer(500, "Internal error"));
        }
    }

    private boolean deliver(Request request, Response response, Callback callback, Subscription subscription)
            throws IOException {
        long limit = answers.bodyLimit(subscription);
        if (limit <= 0) {
            // the source is no longer configured: the hub should stop sending (WebSub 8)
            return answer(response, callback, new CallbackAnswers.Answer(410, "gone"));
        }
        if (request.getLength() > limit) {
            return tooLarge(response, callback, subscription);
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (body.length > limit) {
            return tooLarge(response, callback, subscription);
        }
        return answer(response, callback, answers.deliver(subscription,
                Optional.ofNullable(request.getHeaders().get("X-Hub-Signature")),
                Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE)), body));
    }

    private static boolean tooLarge(Response response, Callback callback, Subscription subscription) {
        LOG.warn("websub {}: push over the size limit refused", subscription.sourceName());
        return answer(response, callback, new CallbackAnswers.Answer(413, "Payload too large"));
    }

    private static Map<String, String> query(Request request) {
        Map<String, String> query = new HashMap<>();
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        for (Fields.Field field : fields) {
            query.put(field.getName(), field.getValue());
        }
        return query;
    }

    private static boolean answer(Response response, Callback callback, CallbackAnswers.Answer answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
