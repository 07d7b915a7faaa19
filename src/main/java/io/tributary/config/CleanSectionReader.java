package io.tributary.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.select.QueryParser;

/**
 * Reads the cleaning rules: the global {@code clean:} section ({@code embeds}, {@code drop},
 * {@code phrases}, {@code footers}) and a source's own {@code clean:} (the same without
 * {@code embeds}). Selectors are parsed with jsoup and footers compiled as regular expressions
 * here, so the clean stage never meets one it cannot use.
 */
final class CleanSectionReader {
    static final List<String> KEYS = List.of("embeds", "drop", "phrases", "footers");
    static final List<String> SOURCE_KEYS = List.of("drop", "phrases", "footers");
    /** A plain DNS host name: labels of letters, digits and inner hyphens. */
    private static final Pattern HOST =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private CleanSectionReader() {
    }

    /** The global cleaning settings; the defaults when the section is absent. */
    static CleanSettings settings(Optional<Section> clean) {
        if (clean.isEmpty()) {
            return CleanSettings.DEFAULT;
        }
        return new CleanSettings(embeds(clean.get()), boilerplate(clean));
    }

    /** Boilerplate rules of a {@code clean:} section; none when it is absent. */
    static BoilerplateRules boilerplate(Optional<Section> clean) {
        if (clean.isEmpty()) {
            return BoilerplateRules.NONE;
        }
        Section section = clean.get();
        List<String> selectors = section.texts("drop").stream()
                .filter(item -> isSelector(item, section))
                .map(item -> item.text().strip())
                .collect(Collectors.toList());
        List<String> phrases = section.texts("phrases").stream().map(YamlNode.Scalar::text).map(String::strip)
                .collect(Collectors.toList());
        return new BoilerplateRules(selectors, phrases, RegexText.valid(section, "footers"));
    }

    private static boolean isSelector(YamlNode.Scalar item, Section section) {
        try {
            QueryParser.parse(item.text());
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // jsoup's SelectorParseException is an IllegalStateException; an empty query fails validation
            section.problems().add(item.position(), "'" + section.name("drop") + "': '" + item.text()
                    + "' is not a valid CSS selector: " + e.getMessage());
            return false;
        }
    }

    private static List<String> embeds(Section clean) {
        List<String> hosts = new ArrayList<>();
        for (YamlNode.Scalar item : clean.texts("embeds")) {
            String text = item.text().strip();
            if (HOST.matcher(text).matches()) {
                hosts.add(text.toLowerCase(Locale.ROOT));
            } else {
                clean.problems().add(item.position(), "'" + clean.name("embeds") + "' takes host names such as"
                        + " www.youtube-nocookie.com, not '" + text + "'" + hostHint(text));
            }
        }
        return hosts;
    }

    /** For the common slip of pasting a URL, name the host to write instead. */
    private static String hostHint(String text) {
        try {
            String host = new URI(text).getHost();
            return host == null ? "" : ": write " + host;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
