package io.tributary.topic;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, items 6 and 7: every part of a topic rule, category mapping, folding. */
class TopicRulesTest {
    private static final SourceConfig PLAIN = source("Alpha", Map.of());

    @Test
    void countsAKeywordOnlyWhenEveryRequiredPhraseAppears() {
        Tagger tagger = new Tagger(List.of(rule("water", List.of("river"), List.of("drinking water"), List.of(),
                List.of(), List.of())));

        assertThat(tagger.tag(entry("River report", "The river carries drinking water."), PLAIN)).contains("water");
        assertThat(tagger.tag(entry("River report", "The river is high."), PLAIN)).isEmpty();
    }

    @Test
    void matchesARuleOfRequiredPhrasesAlone() {
        Tagger tagger = new Tagger(List.of(rule("both", List.of(), List.of("ferry", "strike"), List.of(), List.of(),
                List.of())));

        assertThat(tagger.tag(entry("Ferry crews strike", ""), PLAIN)).containsExactly("both");
        assertThat(tagger.tag(entry("Ferry timetable", ""), PLAIN)).isEmpty();
    }

    @Test
    void dropsTheTopicWhenAnExcludedPhraseAppears() {
        Tagger tagger = new Tagger(List.of(rule("iran", List.of("iran"), List.of(), List.of("sponsored content"),
                List.of(), List.of("Alpha"))));

        assertThat(tagger.tag(entry("Iran today", "Sponsored  content."), PLAIN)).isEmpty();
        assertThat(tagger.tag(entry("Weather", ""), PLAIN)).containsExactly("iran");
    }

    @Test
    void matchesARegularExpressionCaseInsensitively() {
        Tagger tagger = new Tagger(List.of(rule("bills", List.of(), List.of(), List.of(), List.of("\\bbill \\d+\\b"),
                List.of())));

        assertThat(tagger.tag(entry("Parliament passes BILL 42", ""), PLAIN)).containsExactly("bills");
        assertThat(tagger.tag(entry("A billboard", ""), PLAIN)).isEmpty();
    }

    @Test
    void ignoresAPatternThatIsNotARegularExpression() {
        Tagger tagger = new Tagger(List.of(rule("bad", List.of("ok"), List.of(), List.of(), List.of("(unclosed"),
                List.of())));

        assertThat(tagger.tag(entry("It is ok", ""), PLAIN)).containsExactly("bad");
    }

    @Test
    void givesEveryEntryOfANamedSourceTheTopic() {
        Tagger tagger = new Tagger(List.of(rule("wire", List.of(), List.of(), List.of(), List.of(), List.of("Alpha"))));

        assertThat(tagger.tag(entry("Anything", ""), PLAIN)).containsExactly("wire");
        assertThat(tagger.tag(entry("Anything", ""), source("Beta", Map.of()))).isEmpty();
    }

    @Test
    void mapsTheFeedsOwnCategoriesToTopicsIgnoringCase() {
        SourceConfig mapping = source("Alpha", Map.of("Human Rights", "human-rights"));
        CleanEntry entry = new CleanEntry(Optional.empty(), Optional.empty(), "News", "", "", "",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("HUMAN RIGHTS", "Other"));

        assertThat(new Tagger(List.of()).tag(entry, mapping)).containsExactly("human-rights");
    }

    @Test
    void matchesAKeywordWithAnAccentInTextWithoutAndBack() {
        Tagger accented = new Tagger(List.of(new TopicRule("iran", "Iran", List.of("Tehrān"))));
        Tagger plain = new Tagger(List.of(new TopicRule("iran", "Iran", List.of("tehran"))));

        assertThat(accented.tag(entry("Rain in tehran", ""), PLAIN)).containsExactly("iran");
        assertThat(plain.tag(entry("Rain in TEHRĀN", ""), PLAIN)).containsExactly("iran");
    }

    @Test
    void matchesPersianTextTypedWithArabicLetters() {
        Tagger tagger = new Tagger(List.of(new TopicRule("iran", "Iran", List.of("ایران"))));

        assertThat(tagger.tag(entry("اخبار ايران", ""), PLAIN)).containsExactly("iran");
        assertThat(tagger.tag(entry("خبرهای ایران", ""), PLAIN)).containsExactly("iran");
        assertThat(tagger.tag(entry("ایرانی", ""), PLAIN)).isEmpty();
    }

    @Test
    void doesNotMatchAWordInsideAnother() {
        Tagger tagger = new Tagger(List.of(new TopicRule("iran", "Iran", List.of("iran"))));

        assertThat(tagger.tag(entry("A piranha", "Pīranha"), PLAIN)).isEmpty();
    }

    @Test
    void skipsAnEntryContainingASkipPhrase() {
        SkipFilter skip = new SkipFilter(List.of("sponsored", "paid post"));

        assertThat(skip.skips(entry("This is a PAID\u00a0post", ""))).isTrue();
        assertThat(skip.skips(entry("Sponsoredness is not a word", ""))).isFalse();
        assertThat(new SkipFilter(List.of()).skips(entry("Sponsored", ""))).isFalse();
    }

    private static TopicRule rule(String name, List<String> keywords, List<String> require, List<String> exclude,
                                  List<String> patterns, List<String> sources) {
        return new TopicRule(name, name, keywords, require, exclude, patterns, sources);
    }

    private static CleanEntry entry(String title, String text) {
        return new CleanEntry(Optional.empty(), Optional.empty(), title, "", "", text,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private static SourceConfig source(String name, Map<String, String> categories) {
        return new SourceConfig(name, URI.create("https://example.org/" + name), List.of(), Duration.ofMinutes(15),
                0, io.tributary.config.FetchOverrides.NONE, categories, List.of(), false,
                io.tributary.config.BoilerplateRules.NONE, false);
    }
}
