package io.tributary.opml;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The configured sources as OPML 2.0 (http://opml.org/spec2.opml), one {@code rss} outline each. */
public final class OpmlWriter {
    public String write(Config config, Instant now) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n");
        xml.append("  <head>\n    <title>").append(escape(config.title())).append(" sources</title>\n")
                .append("    <dateCreated>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))
                .append("</dateCreated>\n  </head>\n  <body>\n");
        for (SourceConfig source : config.sources()) {
            xml.append("    <outline type=\"rss\" text=\"").append(escape(source.name()))
                    .append("\" title=\"").append(escape(source.name()))
                    .append("\" xmlUrl=\"").append(escape(source.url().toString())).append('"');
            if (!source.topics().isEmpty()) {
                xml.append(" category=\"").append(escape(String.join(",", source.topics()))).append('"');
            }
            xml.append("/>\n");
        }
        return xml.append("  </body>\n</opml>\n").toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
