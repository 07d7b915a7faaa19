package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprinterTest {
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void givesTheSameTextTheSameFingerprint() {
        String text = Texts.read("ferry-strike.txt");

        assertThat(fingerprinter.fingerprint(text)).isEqualTo(fingerprinter.fingerprint(text));
    }

    @Test
    void ignoresCaseAccentsAndPunctuation() {
        String text = Texts.read("ferry-strike.txt");
        String shouted = text.toUpperCase().replace("Halden", "Hälden").replace(",", " ;");

        assertThat(fingerprinter.fingerprint(shouted).orElseThrow()
                .similarity(fingerprinter.fingerprint(text).orElseThrow())).isEqualTo(1.0);
    }

    @Test
    void givesNoFingerprintToATextTooShortToJudge() {
        assertThat(fingerprinter.fingerprint("Minister resigns over budget row.")).isEmpty();
    }

    @Test
    void leavesAClosingFooterOutOfTheFingerprint() {
        String text = Texts.read("ferry-strike.txt");
        String withFooter = text + " Subscribe to our morning newsletter for every update from the lakes region.";

        assertThat(fingerprinter.fingerprint(withFooter)).isEqualTo(fingerprinter.fingerprint(text));
    }

    @Test
    void keepsAClosingSentenceWithoutFooterWords() {
        String text = Texts.read("ferry-strike.txt");

        assertThat(fingerprinter.fingerprint(text + " Talks resume on Friday at the harbour office."))
                .isNotEqualTo(fingerprinter.fingerprint(text));
    }

    @Test
    void seesATruncatedCopyAsContainedInTheWholeStory() {
        Fingerprint whole = fingerprinter.fingerprint(Texts.read("ferry-strike.txt")).orElseThrow();
        Fingerprint teaser = fingerprinter.fingerprint(Texts.read("ferry-strike-truncated.txt")).orElseThrow();

        assertThat(whole.resemblance(teaser)).isLessThan(0.8);
        assertThat(whole.similarity(teaser)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void comparesPersianTextWrittenWithArabicLetters() {
        String persian = "خبرگزاری‌ها گزارش دادند که کارگران کشتی در دریاچه‌های شمالی از صبح سه‌شنبه دست از کار کشیدند "
                + "و هزاران مسافر در اسکله ماندند و مذاکرات درباره دستمزد شبانه برای سومین بار شکست خورد";
        String arabicLetters = persian.replace('ی', 'ي').replace('ک', 'ك');

        assertThat(fingerprinter.fingerprint(arabicLetters)).isEqualTo(fingerprinter.fingerprint(persian));
    }
}
