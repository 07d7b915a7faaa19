package io.tributary.opml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes imported sources as a YAML source file ({@code sources:} list) that the config loader
 * picks up from {@code sources.d/}. Every value is double-quoted and escaped, so a title with a
 * colon, a quote or a {@code #} stays one string.
 */
public final class SourceFileWriter {
    /** Writes a new file; never overwrites one. */
    public void write(Path file, List<OpmlImport.NewSource> sources, String origin) throws IOException {
        StringBuilder yaml = new StringBuilder("# Imported by tributary import-opml from ").append(origin.replace('\n', ' '))
                .append("\nsources:\n");
        for (OpmlImport.NewSource source : sources) {
            yaml.append("  - name: ").append(quoted(source.name())).append('\n')
                    .append("    url: ").append(quoted(source.url())).append('\n');
            if (!source.topics().isEmpty()) {
                yaml.append("    topics: [");
                for (int i = 0; i < source.topics().size(); i++) {
                    yaml.append(i == 0 ? "" : ", ").append(quoted(source.topics().get(i)));
                }
                yaml.append("]\n");
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
