package io.tributary.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A deterministic RSS 2.0 feed of entries of about 3 KB of HTML each, dressed the way real
 * feeds dress them: paragraphs, links with utm parameters, a srcset photo, a lazy image with a
 * noscript fallback, a tracking pixel, a share block, a related-posts block, a script, a footer.
 */
final class ParseCleanCorpus {
    private static final String[] WORDS = ("harbour council river tide barrier engineers report market square "
            + "bakery winter flour pumping figures residents photographs valley weir fields upstream design "
            + "quay ferry timetable crossing evening delays schedule repairs bridge footpath library hours "
            + "weekend volunteers allotment water tap letters orchard frost harvest apples lantern hill").split(" ");

    private ParseCleanCorpus() {
    }

    static byte[] feed(int entries, long seed) {
        Random random = new Random(seed);
        StringBuilder xml = new StringBuilder(entries * 3600);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<channel><title>Bench Gazette</title><link>https://bench.example.org/</link>"
                + "<description>Benchmark corpus</description>\n");
        for (int i = 0; i < entries; i++) {
            xml.append("<item><title>").append(sentence(random, 8)).append("</title>")
                    .append("<link>https://bench.example.org/").append(i).append("?utm_source=rss</link>")
                    .append("<guid isPermaLink=\"false\">bench-").append(i).append("</guid>")
                    .append("<pubDate>Fri, 17 May 2024 09:").append(String.format("%02d", i % 60)).append(":00 EDT</pubDate>")
                    .append("<dc:creator>Writer ").append(i % 7).append("</dc:creator>")
                    .append("<description>").append(sentence(random, 20)).append("</description>")
                    .append("<content:encoded><![CDATA[").append(body(random, i)).append("]]></content:encoded></item>\n");
        }
        xml.append("</channel></rss>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String body(Random random, int i) {
        StringBuilder html = new StringBuilder(3200);
        html.append("<div class=\"entry-content\" style=\"margin:0\">");
        for (int p = 0; p < 5; p++) {
            html.append("<p onclick=\"track()\">").append(sentence(random, 22)).append(", <a href=\"/story/")
                    .append(i).append('-').append(p).append("?utm_source=feed&amp;utm_medium=rss&amp;id=")
                    .append(p).append("\">").append(sentence(random, 3)).append("</a> ")
                    .append(sentence(random, 18)).append(".</p>");
        }
        html.append("<figure><img src=\"/img/").append(i).append("-300.jpg\" srcset=\"/img/").append(i)
                .append("-300.jpg 300w, /img/").append(i).append("-1200.jpg 1200w\" alt=\"photo\">")
                .append("<figcaption>").append(sentence(random, 9)).append("</figcaption></figure>")
                .append("<img class=\"lazy\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/img/")
                .append(i).append("-lazy.jpg\"><noscript><img src=\"/img/").append(i).append("-full.jpg\"></noscript>")
                .append("<script>window.stats && stats.push(").append(i).append(")</script>")
                .append("<p>").append(sentence(random, 30)).append(".</p>")
                .append("<div class=\"sharedaddy\"><h3>Share this:</h3><ul><li><a href=\"https://social.example/s\">Share</a></li></ul></div>")
                .append("<h3>Related posts</h3><ul><li><a href=\"/r/1\">").append(sentence(random, 5))
                .append("</a></li><li><a href=\"/r/2\">").append(sentence(random, 5)).append("</a></li></ul>")
                .append("<img src=\"https://pixel.wp.com/g.gif?id=").append(i).append("\" width=\"1\" height=\"1\">")
                .append("<p>The post <a href=\"https://bench.example.org/").append(i)
                .append("\">x</a> appeared first on <a href=\"https://bench.example.org\">Bench Gazette</a>.</p></div>");
        return html.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder(words * 8);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
