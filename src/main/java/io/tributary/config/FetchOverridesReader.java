package io.tributary.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a source's own fetch settings: {@code headers}, {@code auth}, {@code connect-timeout},
 * {@code timeout} and {@code max-bytes}. Header names are checked here because a malformed or
 * framing header would otherwise fail every fetch of the source, or worse, change what is sent.
 */
final class FetchOverridesReader {
    static final List<String> AUTH_KEYS = List.of("user", "password");
    /** RFC 9110 token characters, the only ones a header name may hold. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Headers the HTTP client itself must set: overriding them breaks the request's framing or target. */
    private static final List<String> REFUSED = List.of("host", "content-length", "transfer-encoding", "connection");

    private FetchOverridesReader() {
    }

    static FetchOverrides read(Section source) {
        return new FetchOverrides(headers(source), auth(source),
                source.durationIfGiven("connect-timeout"), source.durationIfGiven("timeout"),
                source.sizeIfGiven("max-bytes"));
    }

    private static Map<String, String> headers(Section source) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Position> seen = new LinkedHashMap<>();
        Problems problems = source.problems();
        for (YamlNode.Entry entry : source.freeMap("headers").map(YamlNode.Mapping::entries).orElse(List.of())) {
            String name = entry.key().strip();
            Optional<String> value = headerValue(entry, problems);
            if (!TOKEN.matcher(name).matches()) {
                problems.add(entry.keyPosition(), "header name '" + entry.key()
                        + "' may only hold letters, digits and !#$%&'*+-.^_`|~ (no spaces or ':')");
            } else if (REFUSED.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(entry.keyPosition(), "header '" + name + "' is set by the HTTP client and cannot be"
                        + " given in 'sources.headers'");
            } else if (seen.containsKey(name.toLowerCase(Locale.ROOT))) {
                problems.add(entry.keyPosition(), "header '" + name + "' is given twice (first at line "
                        + seen.get(name.toLowerCase(Locale.ROOT)).line() + ")");
            } else {
                seen.put(name.toLowerCase(Locale.ROOT), entry.keyPosition());
                value.ifPresent(text -> headers.put(name, text));
            }
        }
        return headers;
    }

    private static Optional<String> headerValue(YamlNode.Entry entry, Problems problems) {
        if (!(entry.value() instanceof YamlNode.Scalar) || ((YamlNode.Scalar) entry.value()).isNull()) {
            problems.add(entry.value().position(), "header '" + entry.key() + "' must have a single value, not "
                    + entry.value().describe());
            return Optional.empty();
        }
        String text = ((YamlNode.Scalar) entry.value()).text();
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            // a line break in a value would smuggle a second header into the request
            problems.add(entry.value().position(), "header '" + entry.key() + "' must be on one line");
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    private static Optional<BasicAuth> auth(Section source) {
        Optional<Section> auth = source.section("auth", AUTH_KEYS);
        if (auth.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> user = part(auth.get(), "user");
        Optional<String> password = part(auth.get(), "password");
        return user.isPresent() && password.isPresent()
                ? Optional.of(new BasicAuth(user.get(), password.get())) : Optional.empty();
    }

    private static Optional<String> part(Section auth, String key) {
        Optional<String> text = auth.text(key);
        if (text.isEmpty()) {
            auth.problems().add(auth.position(), "'" + auth.name(key) + "' is missing: basic auth needs both"
                    + " 'user' and 'password'");
        }
        return text;
    }
}
