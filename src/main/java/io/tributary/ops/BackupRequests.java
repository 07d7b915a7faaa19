package io.tributary.ops;

import io.tributary.store.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code POST /api/backup} on the loopback operator endpoint: the body is the absolute
 * path of a new {@code .tar.gz}, and the running process writes the store's backup there.
 *
 * <p>Only a request that comes from a loopback address, names a loopback host (so a web page
 * whose name was re-bound to 127.0.0.1 gets nothing) and carries the secret of the handshake file
 * in {@value #TOKEN_HEADER} is served; anything else is 403. A browser cannot send that header
 * across sites without a CORS preflight, which gets 405 like every method but POST.
 */
final class BackupRequests extends Handler.Abstract {
    static final String PATH = "/api/backup";
    static final String TOKEN_HEADER = "X-Tributary-Token";
    private static final Logger LOG = LoggerFactory.getLogger(BackupRequests.class);
    private static final int MAX_BODY = 8192;

    /** Writes a consistent backup archive to a path; {@code Store::backup} in {@code run}. */
    @FunctionalInterface
    interface ArchiveWriter {
        void write(Path archive) throws StoreException;
    }

    private final byte[] token;
    private final ArchiveWriter writer;

    BackupRequests(String token, ArchiveWriter writer) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.writer = writer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request))) {
            answer(response, callback, HttpStatus.NOT_FOUND_404, "not found");
        } else if (!HttpMethod.POST.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            answer(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "method not allowed: POST only");
        } else if (!fromLoopback(request) || !loopbackHost(request.getHeaders().get(HttpHeader.HOST))
                || !tokenMatches(request.getHeaders().get(TOKEN_HEADER))) {
            answer(response, callback, HttpStatus.FORBIDDEN_403, "forbidden");
        } else {
            backup(request, response, callback);
        }
        return true;
    }

    private void backup(Request request, Response response, Callback callback) {
        if (request.getLength() > MAX_BODY) {
            answer(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "the body is one file path");
            return;
        }
        Path archive;
        try {
            archive = Path.of(Content.Source.asString(request, StandardCharsets.UTF_8).strip());
        } catch (IOException | InvalidPathException e) {
            answer(response, callback, HttpStatus.BAD_REQUEST_400, "the body must be a file path");
            return;
        }
        if (!archive.isAbsolute() || !archive.getFileName().toString().endsWith(".tar.gz")) {
            answer(response, callback, HttpStatus.BAD_REQUEST_400, "the path must be absolute and end in .tar.gz");
        } else if (Files.exists(archive)) {
            answer(response, callback, HttpStatus.CONFLICT_409, archive + " exists; choose a new file");
        } else {
            try {
                writer.write(archive);
                LOG.info("backup written to {} (asked through the operator endpoint)", archive);
                answer(response, callback, HttpStatus.OK_200, "backup written to " + archive);
            } catch (StoreException e) {
                LOG.warn("backup to {} failed: {}", archive, e.getMessage());
                answer(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, e.getMessage());
            }
        }
    }

    private static boolean fromLoopback(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress && ((InetSocketAddress) remote).getAddress() != null
                && ((InetSocketAddress) remote).getAddress().isLoopbackAddress();
    }

    /** {@code localhost}, {@code 127.x.y.z} or {@code [::1]}, with any port; never a name resolved here. */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return name.startsWith("[::1]");
        }
        int colon = name.indexOf(':');
        name = colon < 0 ? name : name.substring(0, colon);
        if (name.equals("localhost")) {
            return true;
        }
        if (!name.matches("127(\\.[0-9]{1,3}){3}")) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress(); // a literal: no lookup happens
        } catch (IOException e) {
            return false;
        }
    }

    private boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(Response response, Callback callback, int status, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, text + "\n", callback);
    }
}
