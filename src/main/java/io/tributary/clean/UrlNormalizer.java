package io.tributary.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Two jobs on URLs, both pure:
 * <ul>
 *   <li>{@link #stripTracking(String)} removes tracking query parameters and leaves the URL
 *       otherwise as written, so it still works for readers;</li>
 *   <li>{@link #normalize(String)} makes the comparison form used for identity and de-duplication
 *       (DESIGN.md, "Identity"): lower-case scheme and host, no default port, no fragment, no
 *       tracking parameters, remaining parameters in their order.</li>
 * </ul>
 */
public final class UrlNormalizer {
    /** Exact parameter names that only identify a campaign or a click; any {@code utm_*} too. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "igshid", "oly_anon_id", "oly_enc_id",
            "vero_id", "rb_clickid", "s_cid", "ref_src", "__s", "_openstat", "wt_mc", "ocid");

    private UrlNormalizer() {
    }

    /** Whether a query parameter name is one that only tracks readers. */
    public static boolean isTrackingParameter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("utm_") || TRACKING_PARAMETERS.contains(lower);
    }

    /**
     * The URL without tracking parameters; anything else, fragment included, is kept as written.
     * A string that is not a URL is returned unchanged.
     */
    public static String stripTracking(String url) {
        int queryStart = url.indexOf('?');
        if (queryStart < 0) {
            return url;
        }
        int fragmentStart = url.indexOf('#', queryStart);
        String query = fragmentStart < 0 ? url.substring(queryStart + 1) : url.substring(queryStart + 1, fragmentStart);
        String rest = fragmentStart < 0 ? "" : url.substring(fragmentStart);
        String kept = keptParameters(query);
        return url.substring(0, queryStart) + (kept.isEmpty() ? "" : "?" + kept) + rest;
    }

    /**
     * The comparison form of an absolute http(s) URL, or empty when the string is not one.
     */
    public static Optional<String> normalize(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : keptParameters(uri.getRawQuery());
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    private static String keptParameters(String query) {
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!isTrackingParameter(name)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }
}
