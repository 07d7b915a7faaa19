package io.tributary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/** The validator the feed tests lean on must be able to say no. */
class AtomSchemaTest {
    @Test
    void rejectsAFeedWithoutIdTitleOrUpdated() throws Exception {
        byte[] feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>".getBytes(StandardCharsets.UTF_8);

        assertThat(AtomSchema.errors(feed)).isNotEmpty();
    }

    @Test
    void rejectsAnEntryWithAnUnknownTextType() throws Exception {
        byte[] feed = ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:x</id><title>t</title>"
                + "<updated>2025-01-01T00:00:00Z</updated><entry><id>urn:e</id>"
                + "<title type=\"markdown\">t</title><updated>2025-01-01T00:00:00Z</updated>"
                + "</entry></feed>").getBytes(StandardCharsets.UTF_8);

        assertThat(AtomSchema.errors(feed)).isNotEmpty();
    }
}
