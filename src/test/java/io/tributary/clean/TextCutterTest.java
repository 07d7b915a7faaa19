package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCutterTest {
    @Test
    void leavesTextThatFitsAlone() {
        assertThat(TextCutter.cut("Short text.", 20)).isEqualTo("Short text.");
    }

    @Test
    void cutsAtTheLastWordThatFitsAndAddsAnEllipsis() {
        assertThat(TextCutter.cut("The ferry leaves at six every morning", 20)).isEqualTo("The ferry leaves at…");
    }

    @Test
    void neverReturnsMoreThanTheLimit() {
        String text = "word ".repeat(200);
        assertThat(TextCutter.cut(text, 300)).hasSizeLessThanOrEqualTo(300).endsWith("word…");
    }

    @Test
    void keepsAWordThatEndsExactlyAtTheLimit() {
        assertThat(TextCutter.cut("abcd efgh ijkl", 10)).isEqualTo("abcd efgh…");
    }

    @Test
    void dropsPunctuationBeforeTheEllipsis() {
        assertThat(TextCutter.cut("Bread, butter, jam and honey", 16)).isEqualTo("Bread, butter…");
    }

    @Test
    void cutsInsideAWordWhenThereIsNoBreakNearTheLimit() {
        assertThat(TextCutter.cut("Supercalifragilistic expialidocious", 10)).isEqualTo("Supercali…");
    }

    @Test
    void doesNotSplitASurrogatePair() {
        String text = "abcdefgh\uD83D\uDE00xyz"; // an emoji at the cut
        assertThat(TextCutter.cut(text, 10)).isEqualTo("abcdefgh…");
    }
}
