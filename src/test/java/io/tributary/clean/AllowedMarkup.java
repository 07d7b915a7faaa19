package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The check every cleaner output must pass, parsed again the way a reader would: only allowlisted
 * elements and attributes, only allowed URL schemes, iframes only from the given hosts and sandboxed.
 */
final class AllowedMarkup {
    private AllowedMarkup() {
    }

    static void assertAllowed(String output, Set<String> embedHosts) {
        for (Element element : Jsoup.parseBodyFragment(output).body().getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("body")) {
                continue;
            }
            boolean iframe = tag.equals(Allowlist.IFRAME);
            assertThat(Allowlist.TAGS.contains(tag) || iframe && !embedHosts.isEmpty())
                    .as("element <%s> in %s", tag, output).isTrue();
            List<String> allowed = Allowlist.ATTRIBUTES.getOrDefault(tag, List.of());
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(allowed).as("attribute %s on <%s> in %s", key, tag, output).contains(key);
                Set<String> schemes = Allowlist.PROTOCOLS.get(tag + "." + key);
                if (schemes != null) {
                    assertThat(schemes).as("scheme of %s=%s", key, attribute.getValue())
                            .contains(scheme(attribute.getValue()));
                }
            }
            if (iframe) {
                assertThat(element.attr("sandbox")).isEqualTo(Allowlist.SANDBOX);
                assertThat(embedHosts).contains(URI.create(element.attr("src")).getHost());
            }
            if (tag.equals("a")) {
                assertThat(element.attr("rel")).isEqualTo(Allowlist.REL);
            }
        }
    }

    /** What a browser would take as the URL scheme: controls and spaces inside it are ignored. */
    static String scheme(String value) {
        String squeezed = value.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        return colon < 0 ? "" : squeezed.substring(0, colon);
    }
}
