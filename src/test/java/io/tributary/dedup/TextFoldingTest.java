package io.tributary.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link TextFolding#fold} give exactly what the full algorithm gives. */
class TextFoldingTest {
    /** Characters chosen to stress the fast paths: marks, sigma, ligatures, Arabic, surrogates, odd cases. */
    private static final String TRICKY = "AaZz09 .,'\u00a0\u00df\u00c9\u00e9\u0130\u0131\u0149\u01c5\u0301\u0308"
            + "\u0323\u0334\u0345\u0390\u03a3\u03c3\u03c2\u0391\u1f80\u1fb3\u0640\u064a\u0649\u0643\u064e\u0651"
            + "\u06cc\u0627\u200c\u200d\ufb01\ufb00\u2026\u2019\u201c\u3002\u4e2d\uac00\u1100\u1161\u0915\u093f"
            + "\u094d\u0e33\u0f71\u0f72\u0f80\u1e9e\u212a\u2126\u00b5\u0587\ud83d\ude00\ud835\udc00\ud800";

    @Test
    void foldsAsciiToItsLowerCase() {
        assertThat(TextFolding.fold("The Harbour COUNCIL, 2024!")).isEqualTo("the harbour council, 2024!");
    }

    @Test
    void foldsAccentedLatinLikeTheFullAlgorithm() {
        String text = "Caf\u00e9 Tehr\u0101n Stra\u00dfe \u0130stanbul na\u00efve \ufb01ndings";
        assertThat(TextFolding.fold(text)).isEqualTo(TextFolding.foldFully(text)).isEqualTo(
                "cafe tehran strasse istanbul naive findings");
    }

    @Test
    void foldsGreekSigmaByItsNeighboursLikeTheFullAlgorithm() {
        for (String text : new String[] {"\u039f\u0394\u039f\u03a3", "\u03a3\u039f\u03a3 a", "a\u03a3", "\u03c2\u03a3x"}) {
            assertThat(TextFolding.fold(text)).as(text).isEqualTo(TextFolding.foldFully(text));
        }
    }

    @Test
    void foldsEveryIdeographToItself() {
        for (char c = FoldingTable.IDEOGRAPHS_START; c <= FoldingTable.IDEOGRAPHS_END; c++) {
            assertThat(FoldingTable.foldAlone(c)).isEqualTo(String.valueOf(c));
            assertThat(TextFolding.foldFully(String.valueOf(c))).isEqualTo(String.valueOf(c));
        }
    }

    @Test
    void foldsRandomMixedTextLikeTheFullAlgorithm() {
        Random random = new Random(20241127);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(3) == 0) {
                    text.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
                } else {
                    text.append((char) random.nextInt(random.nextBoolean() ? 0x600 : 0x10000));
                }
            }
            String s = text.toString();
            assertThat(TextFolding.fold(s)).as("%s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(TextFolding.foldFully(s));
        }
    }

    @Test
    void foldsEveryCharacterPairLikeTheFullAlgorithmAroundMarksAndSigma() {
        String around = "a\u0301\u0323\u0345\u03a3\u03c3\u0391 \u093f\u094d\u0f71\u0f72";
        for (int c = 0x80; c < 0x10000; c += 7) {
            for (int k = 0; k < around.length(); k++) {
                String s = "" + (char) c + around.charAt(k);
                String t = "" + around.charAt(k) + (char) c;
                assertThat(TextFolding.fold(s)).isEqualTo(TextFolding.foldFully(s));
                assertThat(TextFolding.fold(t)).isEqualTo(TextFolding.foldFully(t));
            }
        }
    }
}
