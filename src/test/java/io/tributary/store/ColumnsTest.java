package io.tributary.store;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnsTest {

    @Test
    void leavesTextThatFits() {
        assertThat(Columns.clip("short", 10)).isEqualTo("short");
    }

    @Test
    void cutsLongTextToTheColumnSize() {
        assertThat(Columns.clip("abcdefghij", 4)).isEqualTo("abcd");
    }

    @Test
    void doesNotCutASurrogatePairInHalf() {
        assertThat(Columns.clip("ab\uD83C\uDF0Acd", 3)).isEqualTo("ab");
    }

    @Test
    void cutsHtmlBeforeATagThatWouldBeCut() {
        assertThat(Columns.clipHtml("<p>one</p><p>two</p>", 14)).isEqualTo("<p>one</p>");
    }

    @Test
    void dropsALinkTooLongForItsColumn() {
        assertThat(Columns.whole(Optional.of("https://example.org/" + "x".repeat(50)), 30)).isEmpty();
        assertThat(Columns.whole(Optional.of("https://example.org/"), 30)).contains("https://example.org/");
    }
}
