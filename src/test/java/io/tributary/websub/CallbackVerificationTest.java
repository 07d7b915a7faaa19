package io.tributary.websub;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.store.Subscription;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The hub's verification of intent (WebSub 5.3) at {@code /websub/<id>}. */
@Timeout(60)
class CallbackVerificationTest {
    @TempDir
    Path dir;

    @Test
    void echoesTheChallengeForTheSubscriptionItAskedFor() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription pending = rig.onlySubscription();

            HttpResponse<String> answer = rig.verify(pending.callbackId(), Map.of("hub.mode", "subscribe",
                    "hub.topic", WebSubRig.SELF, "hub.challenge", "kestrel-42", "hub.lease_seconds", "3600"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("kestrel-42");
        }
    }

    @Test
    void recordsTheLeaseTheHubGranted() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();

            Subscription active = rig.verified(3600);

            assertThat(active.state()).isEqualTo(Subscription.State.ACTIVE);
            assertThat(active.leaseExpiry()).contains(WebSubRig.T0.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void answers404ForAnIdThatIsNotOurs() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();

            HttpResponse<String> answer = rig.verify("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Map.of("hub.mode",
                    "subscribe", "hub.topic", WebSubRig.SELF, "hub.challenge", "kestrel-42"));

            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("kestrel-42");
        }
    }

    @Test
    void answers404ForAnotherTopic() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription pending = rig.onlySubscription();

            HttpResponse<String> answer = rig.verify(pending.callbackId(), Map.of("hub.mode", "subscribe",
                    "hub.topic", "https://elsewhere.example.org/feed", "hub.challenge", "kestrel-42"));

            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(rig.onlySubscription().state()).isEqualTo(Subscription.State.PENDING);
        }
    }

    @Test
    void answers404ToAnUnsubscribeItDidNotAskFor() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(3600);

            HttpResponse<String> answer = rig.verify(active.callbackId(), Map.of("hub.mode", "unsubscribe",
                    "hub.topic", WebSubRig.SELF, "hub.challenge", "kestrel-42"));

            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(rig.onlySubscription().state()).isEqualTo(Subscription.State.ACTIVE);
        }
    }

    @Test
    void marksTheSubscriptionDeniedWhenTheHubSaysNo() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription pending = rig.onlySubscription();

            rig.verify(pending.callbackId(), Map.of("hub.mode", "denied", "hub.topic", WebSubRig.SELF,
                    "hub.reason", "no pushes for this topic"));

            Subscription denied = rig.onlySubscription();
            assertThat(denied.state()).isEqualTo(Subscription.State.DENIED);
            assertThat(denied.lastError()).hasValueSatisfying(e -> assertThat(e).contains("no pushes for this topic"));
        }
    }

    @Test
    void leavesEveryOtherPathToTheSite() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + rig.server.port();

            int postToFeed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/feeds/all.atom"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            int websubRoot = rig.verify("", Map.of()).statusCode();

            assertThat(postToFeed).isEqualTo(405);
            assertThat(websubRoot).isEqualTo(404);
        }
    }
}
