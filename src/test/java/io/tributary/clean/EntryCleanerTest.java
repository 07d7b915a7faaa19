package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.parse.RawEntry;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryCleanerTest {
    private static final URI BASE = URI.create("https://river.example.org/2024/05/story");
    private final EntryCleaner cleaner = new EntryCleaner(new HtmlCleaner());

    private static RawEntry entry(String title, String contentHtml, Optional<String> summaryHtml) {
        return new RawEntry(Optional.of("  id-1  "), Optional.of("https://river.example.org/story?utm_source=rss&p=2"),
                title, contentHtml, summaryHtml, Optional.of(Instant.parse("2024-05-01T10:00:00Z")),
                Optional.of(Instant.parse("2024-05-02T10:00:00Z")), Optional.of("  Ada Lane "),
                List.of(" Rivers ", "Boats", ""), BASE);
    }

    private static RawEntry withLink(String link) {
        return new RawEntry(Optional.empty(), Optional.of(link), "t", "<p>x</p>", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), BASE);
    }

    @Test
    void makesTheTitlePlainText() {
        CleanEntry clean = cleaner.clean(entry("  Boats &amp; <b>barges</b>\n  return ", "<p>x</p>", Optional.empty()));
        assertThat(clean.title()).isEqualTo("Boats & barges return");
    }

    @Test
    void makesATitleFromTheTextWhenThereIsNone() {
        String text = "The river festival returns this weekend with boat races, music on the quay and a night market by the old mill.";
        CleanEntry clean = cleaner.clean(entry(" ", "<p>" + text + "</p>", Optional.empty()));
        assertThat(clean.title()).isEqualTo("The river festival returns this weekend with boat races, music on the quay and…");
    }

    @Test
    void callsAnEntryWithoutTitleOrTextUntitled() {
        assertThat(cleaner.clean(entry("", "", Optional.empty())).title()).isEqualTo("(untitled)");
    }

    @Test
    void resolvesTheLinkAndStripsTracking() {
        assertThat(cleaner.clean(withLink("../04/older?utm_medium=feed&page=2")).link())
                .contains("https://river.example.org/2024/04/older?page=2");
    }

    @Test
    void stripsTrackingFromAnAbsoluteLink() {
        assertThat(cleaner.clean(entry("t", "<p>x</p>", Optional.empty())).link())
                .contains("https://river.example.org/story?p=2");
    }

    @Test
    void dropsALinkThatIsNotHttp() {
        assertThat(cleaner.clean(withLink("javascript:alert(1)")).link()).isEmpty();
        assertThat(cleaner.clean(withLink("ftp://files.example.org/a")).link()).isEmpty();
    }

    @Test
    void cleansTheContent() {
        CleanEntry clean = cleaner.clean(entry("t", "<p onclick=\"x()\">Boats <a href=\"/quay\">at the quay</a></p><script>x</script>",
                Optional.empty()));
        assertThat(clean.contentHtml()).isEqualTo(
                "<p>Boats <a href=\"https://river.example.org/quay\" rel=\"noopener noreferrer nofollow\">at the quay</a></p>");
    }

    @Test
    void usesTheSummaryAsContentWhenThereIsNoContent() {
        CleanEntry clean = cleaner.clean(entry("t", " ", Optional.of("<p>Only a <b>summary</b></p>")));
        assertThat(clean.contentHtml()).isEqualTo("<p>Only a <b>summary</b></p>");
        assertThat(clean.text()).isEqualTo("Only a summary");
    }

    @Test
    void takesTheTextFromTheCleanedContent() {
        CleanEntry clean = cleaner.clean(entry("t", "<p>First&nbsp;part.</p><p>Second <i>part</i>.</p><style>p{}</style>",
                Optional.empty()));
        assertThat(clean.text()).isEqualTo("First part. Second part.");
    }

    @Test
    void takesTheSummaryFromTheSummaryHtml() {
        CleanEntry clean = cleaner.clean(entry("t", "<p>The long body.</p>", Optional.of("<p>The <em>short</em> version.</p>")));
        assertThat(clean.summary()).isEqualTo("The short version.");
    }

    @Test
    void takesTheSummaryFromTheContentWithoutSummaryHtml() {
        CleanEntry clean = cleaner.clean(entry("t", "<p>The long body.</p>", Optional.empty()));
        assertThat(clean.summary()).isEqualTo("The long body.");
    }

    @Test
    void cutsALongSummaryAtAWordWithAnEllipsis() {
        String body = "<p>" + "Boats sail past the mill. ".repeat(30) + "</p>";
        CleanEntry clean = cleaner.clean(entry("t", body, Optional.empty()));
        // 11 sentences of 26 characters, then "Boats sail" fits in 299; " past" would not.
        assertThat(clean.summary()).hasSizeLessThanOrEqualTo(300).endsWith("mill. Boats sail…");
    }

    @Test
    void removesBoilerplateFromTheSummary() {
        CleanEntry clean = cleaner.clean(entry("t", "<p>Body.</p>", Optional.of(
                "<p>Short version.</p><p>The post <a href=\"/s\">Story</a> appeared first on <a href=\"/\">River</a>.</p>")));
        assertThat(clean.summary()).isEqualTo("Short version.");
    }

    @Test
    void passesDatesAuthorCategoriesAndGuidThroughTrimmed() {
        CleanEntry clean = cleaner.clean(entry("t", "<p>x</p>", Optional.empty()));
        assertThat(clean.guid()).contains("id-1");
        assertThat(clean.published()).contains(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(clean.updated()).contains(Instant.parse("2024-05-02T10:00:00Z"));
        assertThat(clean.author()).contains("Ada Lane");
        assertThat(clean.categories()).containsExactly("Rivers", "Boats");
    }
}
