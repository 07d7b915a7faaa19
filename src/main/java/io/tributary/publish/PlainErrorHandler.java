package io.tributary.publish;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Answers the errors Jetty raises itself, before {@link SiteHandler} sees the request (an
 * undecodable path, an oversized header), with one short plain-text line: no stack trace, no
 * cause, no echo of the request and no server name, whatever the client asks for.
 */
final class PlainErrorHandler extends ErrorHandler {
    static final String TEXT = "text/plain; charset=utf-8";
    static final String NOT_FOUND = "Not found";

    PlainErrorHandler() {
        // The body is ours, but should a future Jetty reach the stock writer, it stays quiet too.
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
        setDefaultResponseMimeType("text/plain");
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) {
        int status = climbsAboveTheRoot(cause) ? HttpStatus.NOT_FOUND_404 : code;
        String line = status == HttpStatus.NOT_FOUND_404 ? NOT_FOUND
                : status + " " + HttpStatus.getMessage(status);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TEXT);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)),
                callback);
    }

    /**
     * Jetty refuses a path whose dot segments climb above the root ({@code /feeds/../../etc})
     * while parsing it, as a 400 caused by "Bad URI". Such a path names nothing this server
     * publishes, so it gets the same 404 as any other unknown path: a prober learns nothing
     * from the difference.
     */
    private static boolean climbsAboveTheRoot(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && "Bad URI".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
