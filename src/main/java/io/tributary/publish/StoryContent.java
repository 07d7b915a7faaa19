package io.tributary.publish;

import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * The HTML body published for a story: its sanitized HTML and, when other sources carried the
 * same story, a closing "Also reported by" paragraph naming them. Readers see one entry per
 * story, so this is where the duplicates they were spared stay visible.
 */
final class StoryContent {
    private StoryContent() {
    }

    static String html(PublishedStory story) {
        List<Carrier> carriers = story.carriers();
        if (carriers.size() < 2) {
            return story.contentHtml();
        }
        return story.contentHtml() + alsoReportedBy(carriers.subList(1, carriers.size()));
    }

    /**
     * Built with jsoup's node API rather than by concatenation: source names and links come from
     * other people's feeds, and jsoup escapes text and attribute values as it serializes.
     */
    private static String alsoReportedBy(List<Carrier> others) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element paragraph = shell.body().appendElement("p").appendText("Also reported by ");
        for (int i = 0; i < others.size(); i++) {
            Carrier carrier = others.get(i);
            String name = XmlText.legal(carrier.sourceName());
            Optional<String> link = SafeLink.of(carrier.link());
            if (link.isPresent()) {
                paragraph.appendElement("a").attr("href", link.get()).text(name);
            } else {
                paragraph.appendText(name);
            }
            paragraph.appendText(i == others.size() - 1 ? "." : ", ");
        }
        return paragraph.outerHtml();
    }
}
