package io.tributary.dedup;

import io.tributary.clean.CleanEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes the {@link Fingerprint} of an entry's cleaned text: the text is folded
 * ({@link TextFolding}), closing sentences that read as an outlet's footer are dropped, the rest is
 * cut into words, stripped of the most common words (which every story shares and which copy
 * editors change freely), and hashed as overlapping runs of {@link #SHINGLE_WORDS} words. The
 * title is left out: copies are re-titled more often than rewritten.
 */
public final class Fingerprinter {
    /**
     * Words per shingle, counted after the common words are dropped: two uncommon words in a row
     * already tell stories on one subject apart, and each word a copy editor swaps breaks only
     * two shingles (three-word shingles lost a tenth of the recall on the generated corpus).
     */
    public static final int SHINGLE_WORDS = 2;
    /** Fewer shingles than this say too little to call two texts one story. */
    public static final int MIN_SHINGLES = 8;
    /**
     * Only the start of a long text counts: copies keep the opening and cut the end, and the cost
     * of a fingerprint stays bounded.
     */
    public static final int MAX_WORDS = 600;

    /** Seeds of the {@link Fingerprint#HASHES} hash functions, fixed so stored signatures stay comparable. */
    private static final long[] SEEDS = seeds();

    /**
     * The most common English words, plus a few of French, Spanish and German: dropping them makes
     * shingles out of the words that carry the story.
     */
    private static final Set<String> COMMON = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
            "from", "into", "onto", "over", "under", "about", "as", "than", "then", "that", "this", "these",
            "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
            "must", "shall", "not", "no", "so", "also", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "your", "him", "them", "us", "who", "whom", "which", "what", "when", "where",
            "while", "after", "before", "said", "says", "say", "according", "more", "most", "very", "just",
            "all", "any", "some", "such", "other", "one", "two", "new", "up", "out", "s", "t",
            "le", "la", "les", "de", "des", "du", "et", "un", "une", "el", "los", "las", "y", "en", "que",
            "der", "die", "das", "und", "ein", "eine", "zu", "mit");

    /**
     * Words that mark a closing sentence as the outlet's own furniture rather than the story: such
     * sentences at the end of a text are left out, so two outlets' different footers do not make
     * one story look like two, and one syndication footer does not make two stories look alike.
     */
    private static final Pattern FOOTER_CUE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:follow|subscribe|subscribers"
            + "|newsletter|copyright|rights reserved|reproduction|republished|distributed by|originally published"
            + "|appeared first|read more|continue reading|sign up|click here|support our|donate)(?![\\p{L}\\p{N}])");
    /** The end of a sentence: . ! ? and the white space after it. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u06D4\u3002])[\\s\\p{Z}]+");
    /** At most this many closing sentences are taken for furniture. */
    private static final int MAX_FOOTER_SENTENCES = 4;

    /** The entry's fingerprint, or empty when its text is too short to compare. */
    public Optional<Fingerprint> fingerprint(CleanEntry entry) {
        String text = entry.text().isBlank() ? entry.summary() : entry.text();
        return fingerprint(text);
    }

    /** The fingerprint of plain text, or empty when it has fewer than {@link #MIN_SHINGLES} shingles. */
    public Optional<Fingerprint> fingerprint(String text) {
        long[] shingles = shingles(words(withoutFooter(TextFolding.fold(text))));
        if (shingles.length < MIN_SHINGLES) {
            return Optional.empty();
        }
        int[] signature = new int[Fingerprint.HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < Fingerprint.HASHES; i++) {
                int value = (int) Mix.fmix64(shingle ^ SEEDS[i]);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return Optional.of(Fingerprint.of(signature, shingles.length));
    }

    /** Folded text without the closing sentences that read as furniture (see {@link #FOOTER_CUE}). */
    private static String withoutFooter(String folded) {
        // What SENTENCE_END.split(folded) gives, without running its look-behind at every
        // character (a fifth of the fingerprint's time): the pieces between sentence ends, the
        // empty ones at the end left out.
        List<int[]> pieces = sentences(folded);
        int end = pieces.size();
        while (end > 1 && pieces.size() - end < MAX_FOOTER_SENTENCES
                && FOOTER_CUE.matcher(folded).region(pieces.get(end - 1)[0], pieces.get(end - 1)[1]).find()) {
            end--;
        }
        if (end == pieces.size()) {
            return folded;
        }
        StringBuilder joined = new StringBuilder(folded.length());
        for (int i = 0; i < end; i++) {
            if (i > 0) {
                joined.append(' ');
            }
            joined.append(folded, pieces.get(i)[0], pieces.get(i)[1]);
        }
        return joined.toString();
    }

    /** The [start, end) of each piece {@link #SENTENCE_END} splits the text into, as String.split gives them. */
    private static List<int[]> sentences(String text) {
        List<int[]> pieces = new ArrayList<>();
        int start = 0;
        int i = 1;
        int length = text.length();
        while (i < length) {
            if (isSentenceSpace(text.charAt(i)) && isSentenceStop(text.charAt(i - 1))) {
                int runEnd = i + 1;
                while (runEnd < length && isSentenceSpace(text.charAt(runEnd))) {
                    runEnd++;
                }
                pieces.add(new int[] {start, i});
                start = runEnd;
                i = runEnd + 1; // the look-behind needs the stop before a space, so a run cannot start at start
            } else {
                i++;
            }
        }
        pieces.add(new int[] {start, length});
        // split() drops trailing empty strings, but never the only one
        while (pieces.size() > 1 && pieces.get(pieces.size() - 1)[0] == pieces.get(pieces.size() - 1)[1]) {
            pieces.remove(pieces.size() - 1);
        }
        return pieces;
    }

    private static boolean isSentenceStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u06D4' || c == '\u3002';
    }

    /** {@code [\s\p{Z}]}: ASCII white space (with vertical tab) and Unicode space separators. */
    private static boolean isSentenceSpace(char c) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The uncommon words of folded text, in order, at most {@link #MAX_WORDS}. */
    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int length = folded.length();
        while (i < length && words.size() < MAX_WORDS) {
            while (i < length && !isWordCharAt(folded, i)) {
                i += charCountAt(folded, i);
            }
            int start = i;
            while (i < length && isWordCharAt(folded, i)) {
                i += charCountAt(folded, i);
            }
            if (i > start) {
                String word = folded.substring(start, i);
                if (!COMMON.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** {@link TextFolding#isWordChar} of the code point at {@code i}, ASCII answered without a lookup. */
    private static boolean isWordCharAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return TextFolding.isWordChar(text.codePointAt(i));
    }

    private static int charCountAt(String text, int i) {
        return text.charAt(i) < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
    }

    /** Distinct hashes of every run of {@link #SHINGLE_WORDS} words, sorted. */
    private static long[] shingles(List<String> words) {
        int count = words.size() - SHINGLE_WORDS + 1;
        if (count <= 0) {
            return new long[0];
        }
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = Mix.FNV_OFFSET;
            for (int w = start; w < start + SHINGLE_WORDS; w++) {
                hash = Mix.fnv1a(hash, words.get(w));
                hash = Mix.fnv1a(hash, " ");
            }
            hashes[start] = Mix.fmix64(hash);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
    }

    private static long[] seeds() {
        long[] seeds = new long[Fingerprint.HASHES];
        long state = 0x5D1C0FFEE5EEDL;
        for (int i = 0; i < seeds.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = Mix.fmix64(state);
        }
        return seeds;
    }
}
