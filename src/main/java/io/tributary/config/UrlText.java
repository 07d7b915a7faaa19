package io.tributary.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the URLs written in a config into absolute {@link URI}s, or says in plain words why one
 * cannot be used. Reasons are phrased to follow "'sources.url' is not usable: ".
 */
final class UrlText {
    private UrlText() {
    }

    /**
     * A source feed's URL: absolute http or https with a host, or a file URL. A relative file URL
     * such as {@code file:demo/rss2.xml} is resolved against {@code configFolder}, so a config and
     * its sample feeds can move together.
     *
     * @throws IllegalArgumentException with the reason
     */
    static URI feed(String text, Path configFolder) {
        URI uri = parse(text);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return withHost(uri, text);
        }
        if (scheme.equals("file")) {
            return file(uri, text, configFolder);
        }
        throw new IllegalArgumentException("'" + text + "' is not an http, https or file URL");
    }

    /**
     * The public address of the published feeds: absolute http or https, returned without a
     * trailing slash so that paths can be appended with one.
     *
     * @throws IllegalArgumentException with the reason
     */
    static URI base(String text) {
        String trimmed = text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri = parse(trimmed.isEmpty() ? text : trimmed);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + text + "' is not an http or https URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + text + "' must not have a query or a fragment");
        }
        return withHost(uri, text);
    }

    /**
     * An address on the web such as a hub, an icon or a logo: absolute http or https with a host.
     *
     * @throws IllegalArgumentException with the reason
     */
    static URI web(String text) {
        URI uri = parse(text, "http:// or https://");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + text + "' is not an http or https URL");
        }
        return withHost(uri, text);
    }

    /**
     * An HTTP proxy: {@code http://host:port}, nothing after the port.
     *
     * @throws IllegalArgumentException with the reason
     */
    static URI proxy(String text) {
        URI uri = parse(text, "http://");
        if (!uri.getScheme().equalsIgnoreCase("http")) {
            throw new IllegalArgumentException("'" + text + "' is not an http URL (write a proxy as http://host:port)");
        }
        withHost(uri, text);
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("'" + text + "' has a path; a proxy is written http://host:port");
        }
        return uri;
    }

    private static URI parse(String text) {
        return parse(text, "http://, https:// or file:");
    }

    /** @param starts how an absolute URL of the wanted kind starts, for the message */
    private static URI parse(String text, String starts) {
        String trimmed = text.strip();
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            // the most common slip, and URISyntaxException would only say "illegal character"
            throw new IllegalArgumentException("'" + text + "' is not a valid URL: it contains a space"
                    + " (write a space in a URL as %20)");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL ("
                    + e.getReason().toLowerCase(Locale.ROOT) + ")", e);
        }
        if (uri.getScheme() == null) {
            throw new IllegalArgumentException("'" + text + "' is not an absolute URL: start it with " + starts);
        }
        return uri;
    }

    private static URI withHost(URI uri, String text) {
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no host name");
        }
        return uri;
    }

    private static URI file(URI uri, String text, Path configFolder) {
        try {
            if (uri.isOpaque()) {
                // file:demo/rss2.xml - a path relative to the config file's folder
                return configFolder.resolve(uri.getSchemeSpecificPart()).normalize().toUri();
            }
            String host = uri.getAuthority();
            if (host != null && !host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                throw new IllegalArgumentException("'" + text + "' names a host, but a file URL names a path:"
                        + " write file:relative/path or file:///absolute/path");
            }
            return Path.of(uri.getPath()).normalize().toUri();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a usable file path", e);
        }
    }
}
