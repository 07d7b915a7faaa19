package io.tributary.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads {@code publish:}, how the merged and topic feeds are written and announced. */
final class PublishSectionReader {
    static final List<String> KEYS =
            List.of("entries", "out", "websub", "subtitle", "icon", "logo", "uncategorized");

    private PublishSectionReader() {
    }

    static PublishSettings settings(Optional<Section> publish) {
        if (publish.isEmpty()) {
            return new PublishSettings(PublishSettings.DEFAULT_ENTRIES, Optional.empty());
        }
        Section section = publish.get();
        return new PublishSettings(
                section.integer("entries", PublishSettings.DEFAULT_ENTRIES, 1, Integer.MAX_VALUE),
                out(section),
                section.urls("websub", UrlText::web),
                section.text("subtitle").map(String::strip).filter(subtitle -> !subtitle.isEmpty()),
                section.url("icon", UrlText::web),
                section.url("logo", UrlText::web),
                section.bool("uncategorized", false));
    }

    private static Optional<Path> out(Section section) {
        Optional<YamlNode.Scalar> out = section.scalar("out");
        try {
            return out.map(YamlNode.Scalar::text).map(Path::of);
        } catch (InvalidPathException e) {
            section.problems().add(out.get().position(), "'publish.out' is not a usable folder: " + e.getMessage());
            return Optional.empty();
        }
    }
}
