package io.tributary.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * Hands requests under a path prefix (such as {@code /websub/}, the WebSub callbacks) to their
 * own handler, every other request to the site. The prefix handlers answer every method they
 * like; the site still answers only GET and HEAD.
 */
final class PrefixRoutes extends Handler.Abstract {
    private final Map<String, Handler> prefixes;
    private final Handler site;

    PrefixRoutes(Map<String, Handler> prefixes, Handler site) {
        this.prefixes = new LinkedHashMap<>(prefixes);
        this.site = site;
        this.prefixes.values().forEach(this::addBean);
        addBean(site);
    }

    /** The handlers it routes to belong to the same server (Jetty warns of handlers without one). */
    @Override
    public void setServer(Server server) {
        super.setServer(server);
        prefixes.values().forEach(handler -> handler.setServer(server));
        site.setServer(server);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        for (Map.Entry<String, Handler> prefix : prefixes.entrySet()) {
            if (path.startsWith(prefix.getKey())) {
                return prefix.getValue().handle(request, response, callback);
            }
        }
        return site.handle(request, response, callback);
    }
}
