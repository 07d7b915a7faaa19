package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StoryIdsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private final StoryIds ids = new StoryIds();

    @Test
    void mintsATagUriWithAuthorityDateAndHash() {
        String id = ids.mint("example.org", DAY, "Alpha", new IdentityKey("guid:1"));

        assertThat(id).matches("tag:example\\.org,2026-11-27:[a-z2-7]{26}");
    }

    @Test
    void mintsTheSameIdForTheSameInputs() {
        assertThat(ids.mint("example.org", DAY, "Alpha", new IdentityKey("guid:1")))
                .isEqualTo(new StoryIds().mint("example.org", DAY, "Alpha", new IdentityKey("guid:1")));
    }

    @Test
    void mintsAKnownValue() {
        // pinned so that a change to the hashing, which would re-id every future story, is noticed:
        // RFC 4648 base32 of sha-256("Alpha\nguid:1"), lower case, cut to 26 characters
        // (computed independently: python3 base64.b32encode(hashlib.sha256(...).digest()))
        assertThat(ids.mint("example.org", DAY, "Alpha", new IdentityKey("guid:1")))
                .isEqualTo("tag:example.org,2026-11-27:lwxyit2vbage3sp66jxjo5ttc7");
    }

    @Test
    void mintsDifferentIdsForDifferentSourcesOrKeys() {
        String first = ids.mint("example.org", DAY, "Alpha", new IdentityKey("guid:1"));

        assertThat(ids.mint("example.org", DAY, "Beta", new IdentityKey("guid:1"))).isNotEqualTo(first);
        assertThat(ids.mint("example.org", DAY, "Alpha", new IdentityKey("guid:2"))).isNotEqualTo(first);
    }

    @Test
    void lowerCasesTheAuthority() {
        assertThat(ids.mint("News.Example.ORG", DAY, "Alpha", new IdentityKey("guid:1")))
                .startsWith("tag:news.example.org,2026-11-27:");
    }

    @Test
    void acceptsAnEmailAuthority() {
        assertThat(ids.mint("feeds@example.org", DAY, "Alpha", new IdentityKey("guid:1")))
                .startsWith("tag:feeds@example.org,2026-11-27:");
    }

    @Test
    void rejectsAnAuthorityThatIsNotADomain() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ids.mint("http://example.org", DAY, "Alpha", new IdentityKey("guid:1")))
                .withMessageContaining("http://example.org");
    }
}
