package io.tributary.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Enforces the URL schemes of {@link Allowlist#PROTOCOLS} on the sanitized body and makes every
 * kept URL absolute and free of tracking parameters.
 *
 * <p>Why not jsoup's own protocol check: it resolves each URL through {@code java.net.URL} after a
 * regular-expression pass, which made it four fifths of the cleaning time (issue 4's benchmark);
 * this does the same job with one parsed base per body. It reads a value the way a browser's URL
 * parser does (WHATWG URL: tabs and newlines inside are ignored, C0 controls and spaces at the
 * ends are trimmed), so {@code "java\tscript:"} is seen as the {@code javascript:} it is; any
 * other control character, or text that is no URL, drops the attribute.
 */
final class UrlAttributes {
    private final URI base;

    UrlAttributes(URI base) {
        this.base = base == null ? null : withPath(base);
    }

    /** {@link Allowlist#PROTOCOLS} by element name: attribute name to allowed schemes. */
    private static final Map<String, Map<String, Set<String>>> RULES = rulesByElement();

    void enforce(Element body) {
        // One walk over the body; each URL attribute is checked on its own, so the order is free.
        for (Element element : body.getAllElements()) {
            Map<String, Set<String>> rules = RULES.get(element.normalName());
            if (rules == null) {
                continue;
            }
            for (Map.Entry<String, Set<String>> rule : rules.entrySet()) {
                String attribute = rule.getKey();
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                Optional<String> url = allowed(element.attr(attribute), rule.getValue());
                if (url.isPresent()) {
                    element.attr(attribute, url.get());
                } else {
                    element.removeAttr(attribute);
                }
            }
        }
    }

    private static Map<String, Map<String, Set<String>>> rulesByElement() {
        Map<String, Map<String, Set<String>>> rules = new HashMap<>();
        for (Map.Entry<String, Set<String>> rule : Allowlist.PROTOCOLS.entrySet()) {
            String[] parts = rule.getKey().split("\\.");
            rules.computeIfAbsent(parts[0], tag -> new HashMap<>()).put(parts[1], rule.getValue());
        }
        Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
        rules.forEach((tag, attributes) -> frozen.put(tag, Map.copyOf(attributes)));
        return Map.copyOf(frozen);
    }

    /** The absolute, tracking-free URL when its scheme is one of {@code schemes}; else empty. */
    Optional<String> allowed(String value, Set<String> schemes) {
        String url = browserView(value);
        if (url == null) {
            return Optional.empty();
        }
        String scheme = scheme(url);
        if (scheme.equals("mailto")) {
            return schemes.contains("mailto") ? Optional.of(url) : Optional.empty();
        }
        if (!scheme.isEmpty() && !schemes.contains(scheme)) {
            return Optional.empty();
        }
        try {
            URI reference = new URI(escapeIllegal(url));
            URI resolved = reference.isAbsolute() ? reference : resolve(reference);
            if (resolved == null || resolved.getScheme() == null || resolved.getHost() == null
                    || !schemes.contains(resolved.getScheme().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(UrlNormalizer.stripTracking(resolved.toString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private URI resolve(URI reference) {
        if (base == null) {
            return null; // relative URLs are dropped without a base
        }
        String raw = reference.toString();
        if (raw.startsWith("?")) {
            // java.net.URI follows RFC 2396 here; RFC 3986 keeps the base path for a query-only reference.
            return URI.create(base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath() + raw);
        }
        return base.resolve(reference);
    }

    /** The value as a browser's URL parser sees it, or null when it holds a control character. */
    private static String browserView(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            out.append(c);
        }
        int start = 0;
        int end = out.length();
        while (start < end && out.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && out.charAt(end - 1) <= ' ') {
            end--;
        }
        String url = out.substring(start, end);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < ' ' || c == 0x7F || c == '\uFFFD') {
                return null;
            }
        }
        return url;
    }

    /** The lower-case scheme before the first colon, or empty for a relative reference. */
    private static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || !Character.isLetter(url.charAt(0))) {
            return "";
        }
        for (int i = 1; i < colon; i++) {
            char c = url.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return ""; // a colon later in a path or query: relative
            }
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** Percent-encodes what browsers accept but java.net.URI refuses (spaces, quotes, braces...). */
    private static String escapeIllegal(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean illegal = c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}';
            if (illegal && out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (out != null) {
                if (illegal) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? url : out.toString();
    }

    /** {@code https://host} resolves {@code a.jpg} to {@code https://hosta.jpg} in java.net.URI; a "/" path avoids it. */
    private static URI withPath(URI base) {
        if (base.isAbsolute() && base.getRawAuthority() != null && (base.getRawPath() == null || base.getRawPath().isEmpty())) {
            try {
                return new URI(base.getScheme(), base.getRawAuthority(), "/", null, null);
            } catch (URISyntaxException e) {
                return base;
            }
        }
        return base;
    }
}
