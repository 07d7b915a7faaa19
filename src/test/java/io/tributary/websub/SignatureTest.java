package io.tributary.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** X-Hub-Signature checks (WebSub 8.1). */
class SignatureTest {
    private static final byte[] BODY = "<feed>pushed</feed>".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "a-secret-of-thirty-two-bytes-or-more!!";
    private final Signature signature = new Signature();

    @Test
    void acceptsTheHmacOfTheBodyWithTheSecret() {
        assertThat(signature.verifies(Optional.of(Signature.sign("sha256", BODY, SECRET)), BODY, SECRET)).isTrue();
    }

    @Test
    void knowsAKnownSha256Value() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verifies(Optional.of(
                "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), data, "Jefe")).isTrue();
    }

    @Test
    void refusesASignatureOfAnotherBody() {
        String other = Signature.sign("sha256", "<feed>else</feed>".getBytes(StandardCharsets.UTF_8), SECRET);
        assertThat(signature.verifies(Optional.of(other), BODY, SECRET)).isFalse();
    }

    @Test
    void refusesAnUnknownMethod() {
        String md5Like = "md5=" + Signature.sign("sha256", BODY, SECRET).substring("sha256=".length());
        assertThat(signature.verifies(Optional.of(md5Like), BODY, SECRET)).isFalse();
    }

    @Test
    void refusesAMissingOrMalformedHeader() {
        assertThat(signature.verifies(Optional.empty(), BODY, SECRET)).isFalse();
        assertThat(signature.verifies(Optional.of("sha256"), BODY, SECRET)).isFalse();
        assertThat(signature.verifies(Optional.of("sha256=not-hex"), BODY, SECRET)).isFalse();
        assertThat(signature.verifies(Optional.of("sha256="), BODY, SECRET)).isFalse();
    }
}
