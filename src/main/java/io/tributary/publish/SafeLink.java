package io.tributary.publish;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a link taken from a source may be published as a clickable link. Only absolute
 * {@code http} and {@code https} links pass: a {@code javascript:} or {@code data:} link in a
 * title's {@code href} would run in the reader's page, and a relative one would resolve against
 * Tributary instead of the source.
 */
final class SafeLink {
    private SafeLink() {
    }

    static Optional<String> of(Optional<String> link) {
        return link.flatMap(SafeLink::of);
    }

    static Optional<String> of(String link) {
        String clean = XmlText.legal(link.strip());
        String lower = clean.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        boolean hasHost = clean.length() > lower.indexOf("//") + 2;
        if (!web || !hasHost || containsSpaceOrControl(clean)) {
            return Optional.empty();
        }
        return Optional.of(clean);
    }

    private static boolean containsSpaceOrControl(String link) {
        return link.chars().anyMatch(c -> c <= 0x20 || c == 0x7F);
    }
}
