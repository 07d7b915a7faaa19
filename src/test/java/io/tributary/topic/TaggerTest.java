package io.tributary.topic;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerTest {
    private static final SourceConfig PLAIN_SOURCE = source(List.of());

    private final Tagger tagger = new Tagger(List.of(
            new TopicRule("iran", "Iran", List.of("iran", "tehran", "ایران")),
            new TopicRule("human-rights", "Human rights", List.of("death penalty", "enforced disappearance")),
            new TopicRule("sources-only", "Only by source", List.of())));

    @Test
    void tagsAKeywordInTheTitle() {
        assertThat(tagger.tag(entry("News from Iran today", "", ""), PLAIN_SOURCE)).containsExactly("iran");
    }

    @Test
    void tagsAKeywordInTheSummary() {
        assertThat(tagger.tag(entry("News", "A week in Tehran.", ""), PLAIN_SOURCE)).containsExactly("iran");
    }

    @Test
    void tagsAKeywordInTheText() {
        assertThat(tagger.tag(entry("News", "", "Far away, in tehran, it rained."), PLAIN_SOURCE))
                .containsExactly("iran");
    }

    @Test
    void tagsAKeywordInTheFeedsOwnCategories() {
        CleanEntry entry = new CleanEntry(Optional.empty(), Optional.empty(), "News", "", "", "",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("Iran"));

        assertThat(tagger.tag(entry, PLAIN_SOURCE)).containsExactly("iran");
    }

    @Test
    void ignoresCase() {
        assertThat(tagger.tag(entry("IRAN AND THE REGION", "", ""), PLAIN_SOURCE)).containsExactly("iran");
    }

    @Test
    void doesNotMatchInsideALongerWord() {
        assertThat(tagger.tag(entry("A piranha in the river", "", "Iranian and Irani"), PLAIN_SOURCE)).isEmpty();
    }

    @Test
    void matchesNextToPunctuation() {
        assertThat(tagger.tag(entry("\"Iran's\" neighbours (Iran)", "", ""), PLAIN_SOURCE)).containsExactly("iran");
    }

    @Test
    void doesNotMatchNextToADigit() {
        assertThat(tagger.tag(entry("Model iran2 released", "", ""), PLAIN_SOURCE)).isEmpty();
    }

    @Test
    void matchesAPhraseAcrossAnyWhiteSpace() {
        assertThat(tagger.tag(entry("On the DEATH\n   penalty", "", ""), PLAIN_SOURCE)).containsExactly("human-rights");
        assertThat(tagger.tag(entry("Death\u00a0penalty", "", ""), PLAIN_SOURCE)).containsExactly("human-rights");
    }

    @Test
    void doesNotMatchAPhraseWithItsWordsApart() {
        assertThat(tagger.tag(entry("Death of a penalty kick", "", ""), PLAIN_SOURCE)).isEmpty();
    }

    @Test
    void matchesAPersianWordAsAWholeWord() {
        assertThat(tagger.tag(entry("خبرهای ایران امروز", "", ""), PLAIN_SOURCE)).containsExactly("iran");
    }

    @Test
    void doesNotMatchAPersianWordInsideALongerWord() {
        assertThat(tagger.tag(entry("ایرانی", "", ""), PLAIN_SOURCE)).isEmpty();
    }

    @Test
    void givesTheSourcesTopicsToEveryEntry() {
        assertThat(tagger.tag(entry("Weather", "", ""), source(List.of("sources-only", "human-rights"))))
                .containsExactly("human-rights", "sources-only");
    }

    @Test
    void returnsSourceAndKeywordTopicsTogetherSorted() {
        assertThat(tagger.tag(entry("Iran and the death penalty", "", ""), source(List.of("sources-only"))))
                .containsExactly("human-rights", "iran", "sources-only");
    }

    @Test
    void ignoresABlankKeyword() {
        Tagger withBlank = new Tagger(List.of(new TopicRule("blank", "Blank", List.of("  "))));

        assertThat(withBlank.tag(entry("Anything at all", "", ""), PLAIN_SOURCE)).isEmpty();
    }

    @Test
    void treatsRegexCharactersInKeywordsLiterally() {
        Tagger cpp = new Tagger(List.of(new TopicRule("cpp", "C++", List.of("c++", "a.b"))));

        assertThat(cpp.tag(entry("Learning C++ today", "", ""), PLAIN_SOURCE)).containsExactly("cpp");
        assertThat(cpp.tag(entry("axb and c", "", ""), PLAIN_SOURCE)).isEmpty();
    }

    @Test
    void matchesAnAccentedLetterWrittenEitherWay() {
        Tagger cafe = new Tagger(List.of(new TopicRule("cafe", "Café", List.of("café"))));

        assertThat(cafe.tag(entry("Le cafe\u0301 du coin", "", ""), PLAIN_SOURCE)).containsExactly("cafe");
        assertThat(cafe.tag(entry("LE CAFÉ", "", ""), PLAIN_SOURCE)).containsExactly("cafe");
    }

    private static CleanEntry entry(String title, String summary, String text) {
        return new CleanEntry(Optional.empty(), Optional.empty(), title, "", summary, text,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private static SourceConfig source(List<String> topics) {
        return new SourceConfig("Alpha", URI.create("https://example.org/feed"), topics, Duration.ofMinutes(15));
    }
}
