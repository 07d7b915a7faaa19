package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The plain-text fast path of {@link PlainText#of} gives what parsing the text as HTML gives. */
class PlainTextTest {
    private static final String ALPHABET = "ab Z9.,;:!?'\"`=/\\>-_()[]{}#%*+|~^$@ \t\n\f\u000b\r\u0000\u0001\u001f\u007f"
            + "\u0085\u00a0\u00ad\u00e9\u0301\u1680\u2000\u2007\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u3000"
            + "\ufeff\ufffd\u2026\u201c\u05d0\u0627\ud83d\ude00\ud800";

    @Test
    void readsPlainTextAsTheParserDoes() {
        Random random = new Random(1127);
        int plain = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            if (PlainText.isPlain(s)) {
                plain++;
                assertThat(PlainText.of(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                        .isEqualTo(PlainText.collapse(Jsoup.parseBodyFragment(s).body().text()));
            }
        }
        assertThat(plain).isGreaterThan(1_000);
    }

    @Test
    void parsesTextWithMarkupOrReferences() {
        assertThat(PlainText.isPlain("Fish &amp; chips")).isFalse();
        assertThat(PlainText.of("Fish &amp; <b>chips</b>")).isEqualTo("Fish & chips");
        assertThat(PlainText.of("  Harbour\u00a0 news\n")).isEqualTo("Harbour news");
    }
}
