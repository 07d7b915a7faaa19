package io.tributary.websub;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.store.SourceHealth;
import io.tributary.store.Subscription;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the hub pushes (WebSub 8) goes through the pipeline only when its signature verifies. */
@Timeout(60)
class ContentDistributionTest {
    private static final String PUSHED_TITLE = "Orchard harvest starts a week early";

    @TempDir
    Path dir;

    @Test
    void storesAndPublishesTheEntriesOfASignedPush() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);
            byte[] body = WebSubRig.bytes("pushed-entry.atom");

            HttpResponse<String> answer = rig.push(active.callbackId(), body,
                    Optional.of(Signature.sign("sha256", body, active.secret())));

            assertThat(answer.statusCode()).isBetween(200, 299);
            assertThat(rig.store.storyCount(Optional.empty())).isEqualTo(2);
            assertThat(rig.publishedAtom()).contains(PUSHED_TITLE).contains("Bridge over the valley reopens");
        }
    }

    @Test
    void saysOkPushInTheSourceStatusAndCountsAsAPoll() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);
            byte[] body = WebSubRig.bytes("pushed-entry.atom");

            rig.push(active.callbackId(), body, Optional.of(Signature.sign("sha256", body, active.secret())));

            SourceHealth health = rig.store.sourceHealth(rig.live.config().sources()).get(0);
            assertThat(health.status()).isEqualTo("ok (push)");
            assertThat(rig.store.pollHistory().get("Valley Gazette")).hasSize(2);
            assertThat(rig.pushes).singleElement().satisfies(report -> assertThat(report.fresh()).isEqualTo(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha1", "sha384", "sha512"})
    void acceptsEverySignatureMethodWebSubNames(String method) throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);
            byte[] body = WebSubRig.bytes("pushed-entry.atom");

            rig.push(active.callbackId(), body, Optional.of(Signature.sign(method, body, active.secret())));

            assertThat(rig.publishedAtom()).contains(PUSHED_TITLE);
        }
    }

    @Test
    void storesNothingFromAPushSignedWithAnotherSecret() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);
            byte[] body = WebSubRig.bytes("pushed-entry.atom");

            HttpResponse<String> answer = rig.push(active.callbackId(), body,
                    Optional.of(Signature.sign("sha256", body, "not-the-secret-of-this-subscription")));

            // WebSub 8: a bad signature is still acknowledged, then ignored
            assertThat(answer.statusCode()).isBetween(200, 299);
            assertThat(rig.store.storyCount(Optional.empty())).isEqualTo(1);
            assertThat(rig.publishedAtom()).doesNotContain(PUSHED_TITLE);
            assertThat(rig.pushes).isEmpty();
        }
    }

    @Test
    void storesNothingFromAnUnsignedPush() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);

            HttpResponse<String> answer = rig.push(active.callbackId(), WebSubRig.bytes("pushed-entry.atom"),
                    Optional.empty());

            assertThat(answer.statusCode()).isBetween(200, 299);
            assertThat(rig.store.storyCount(Optional.empty())).isEqualTo(1);
        }
    }

    @Test
    void refusesAPushLargerThanTheSourceMaxBytes() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);
            String padding = "<!-- " + "x".repeat(5000) + " -->";
            byte[] body = WebSubRig.text("pushed-entry.atom").replace("<feed ", padding + "<feed ")
                    .getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> answer = rig.push(active.callbackId(), body,
                    Optional.of(Signature.sign("sha256", body, active.secret())));

            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(rig.store.storyCount(Optional.empty())).isEqualTo(1);
        }
    }

    @Test
    void answers404ToAPushForAnIdThatIsNotOurs() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            byte[] body = WebSubRig.bytes("pushed-entry.atom");

            HttpResponse<String> answer = rig.push("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", body,
                    Optional.of(Signature.sign("sha256", body, "guess")));

            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(rig.store.storyCount(Optional.empty())).isEqualTo(1);
        }
    }

    @Test
    void tellsTheHubToStopForASourceNoLongerConfigured() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);
            rig.live.swap(rig.config(false, true));
            byte[] body = WebSubRig.bytes("pushed-entry.atom");

            HttpResponse<String> answer = rig.push(active.callbackId(), body,
                    Optional.of(Signature.sign("sha256", body, active.secret())));

            assertThat(answer.statusCode()).isEqualTo(410);
            assertThat(rig.store.storyCount(Optional.empty())).isEqualTo(1);
        }
    }

    @Test
    void storesNothingFromASignedPushThatIsNotAFeed() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);
            byte[] body = "<html><body>maintenance</body></html>".getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> answer = rig.push(active.callbackId(), body,
                    Optional.of(Signature.sign("sha256", body, active.secret())));

            assertThat(answer.statusCode()).isBetween(200, 299);
            assertThat(rig.pushes).isEmpty();
            assertThat(rig.store.sourceHealth(rig.live.config().sources()).get(0).status()).isEqualTo("ok");
        }
    }
}
