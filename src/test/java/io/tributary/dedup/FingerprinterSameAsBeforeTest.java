package io.tributary.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sped-up {@link Fingerprinter} gives bit for bit the fingerprints {@link FingerprinterBefore}
 * gave, on random texts made of what the fast paths treat specially: sentence ends followed by
 * every kind of space, footer phrases, accents, sigma, Persian, repeated words.
 */
class FingerprinterSameAsBeforeTest {
    private static final String[] PIECES = {"the harbour council", "met on Tuesday", "ferry", "timetable", "Tehrān",
        "Straße", "ΟΔΟΣ", "ایران", "کشتی", ".", "!", "?", "\u06d4", "\u3002", " ", "  ", "\t", "\n", "\u00a0",
        "\u2003", "\u2028", "\u2029", "\u000b", ". ", ".  \n", "Follow us on the web.", "Subscribe to the newsletter!",
        "Copyright 2024 the Gazette.", "This story appeared first on Bench.", "read more", "click here", "…",
        "repairs", "weir", "bridge", "bridge", "volunteers", "photographs", "e\u0301", "\u200d", "\u0640", "1999",
        "Naïve", "coöperation", "\ud83d\udea2", "x"};

    private final Fingerprinter now = new Fingerprinter();
    private final FingerprinterBefore before = new FingerprinterBefore();

    @Test
    void givesTheFingerprintsItGaveBeforeOnRandomTexts() {
        Random random = new Random(4);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(120);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            assertThat(now.fingerprint(s).map(Fingerprint::encode)).as(s)
                    .isEqualTo(before.fingerprint(s).map(Fingerprint::encode));
        }
    }

    @Test
    void givesTheFingerprintsItGaveBeforeOnTheFixtureTexts() {
        for (String name : new String[] {"ferry-strike.txt", "ferry-strike-corrected.txt", "ferry-strike-edited-copy.txt",
            "ferry-strike-truncated.txt", "orchard-quotes-ferry.txt", "shared-footer-a.txt", "shared-footer-b.txt"}) {
            String text = Texts.read(name);
            assertThat(now.fingerprint(text).map(Fingerprint::encode)).as(name)
                    .isEqualTo(before.fingerprint(text).map(Fingerprint::encode));
        }
    }
}
