package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

    @Test
    void digestsPartsAsTheirLengthPrefixedJoin() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String[] parts = new String[1 + random.nextInt(4)];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = text(random);
            }
            assertThat(Sha256.hexOfParts(parts)).isEqualTo(joinedDigest(parts));
        }
    }

    @Test
    void keepsTheHashesStoredEntriesWereMadeWith() {
        // sha256("2:ab1:c"): stored content hashes were made this way, so it must never change
        assertThat(Sha256.hexOfParts("ab", "c"))
                .isEqualTo("430fb1b4ac43316eca81fab27a1930ab8eff8fef6a1dc7903dce44bbc2790dc5");
        assertThat(Sha256.hexOfParts("ab", "c")).isNotEqualTo(Sha256.hexOfParts("a", "bc"));
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) ('a' + random.nextInt(26)));
                case 1 -> text.append((char) (0xE0 + random.nextInt(30)));
                case 2 -> text.append("ایران");
                case 3 -> text.appendCodePoint(0x1F600 + random.nextInt(40));
                default -> text.append(random.nextBoolean() ? '\uD83D' : '\uDE00'); // a lone surrogate
            }
        }
        return text.toString();
    }

    private static String joinedDigest(String... parts) throws Exception {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part.length()).append(':').append(part);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(joined.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
