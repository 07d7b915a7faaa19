package io.tributary.websub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tributary.store.Subscription;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Subscribing after a poll, with WireMock as both the source and its hub. */
@Timeout(60)
class WebSubSubscriberTest {
    @TempDir
    Path dir;

    @Test
    void postsASubscriptionRequestWithEveryFormFieldAfterAPoll() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            assertThat(rig.poll().status()).isEqualTo("ok");

            Subscription stored = rig.onlySubscription();
            assertThat(rig.hubRequests()).hasSize(1);
            Map<String, String> form = rig.hubRequests().get(0);
            assertThat(form).containsEntry("hub.mode", "subscribe")
                    .containsEntry("hub.topic", WebSubRig.SELF)
                    .containsEntry("hub.callback", "http://127.0.0.1:" + rig.port + "/websub/" + stored.callbackId())
                    .containsEntry("hub.secret", stored.secret())
                    .containsEntry("hub.lease_seconds", "864000");
            assertThat(stored.callbackId()).matches("[A-Za-z0-9_-]{32}");
            // 32 random bytes, base64url without padding
            assertThat(stored.secret()).matches("[A-Za-z0-9_-]{43}");
            assertThat(stored.state()).isEqualTo(Subscription.State.PENDING);
        }
    }

    @Test
    void takesTheFetchedUrlAsTopicWhenTheFeedHasNoSelfLink() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-without-self.atom")) {
            rig.poll();

            assertThat(rig.hubRequests()).singleElement().satisfies(form ->
                    assertThat(form).containsEntry("hub.topic", rig.wire.baseUrl() + "/feed.atom"));
        }
    }

    @Test
    void doesNotSubscribeASourceThatDidNotOptIn() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.live.swap(rig.config(true, false));

            rig.poll();

            assertThat(rig.hubRequests()).isEmpty();
            assertThat(rig.subscriptions.all()).isEmpty();
        }
    }

    @Test
    void subscribesOnlyOnceWhilePollsKeepSeeingTheSameHub() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            rig.poll();

            assertThat(rig.hubRequests()).hasSize(1);
        }
    }

    @Test
    void refusesAHubOnAPrivateAddressForAPublicSource() throws Exception {
        // the guard counts 127.0.0.2 as private and the source's 127.0.0.1 as public
        InetAddress hubAddress = InetAddress.getByName("127.0.0.2");
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom", hubAddress::equals, "http://127.0.0.2:9/hub")) {
            rig.poll();

            Subscription stored = rig.onlySubscription();
            assertThat(stored.lastError()).hasValueSatisfying(error ->
                    assertThat(error).startsWith("hub on a private address refused"));
            assertThat(rig.hubRequests()).isEmpty();
        }
    }

    @Test
    void movesTheSubscriptionWhenTheFeedNamesAnotherHub() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription first = rig.verified(3600);
            rig.wire.stubFor(post(urlEqualTo("/hub2")).willReturn(aResponse().withStatus(202)));
            rig.wire.stubFor(get(urlEqualTo("/feed.atom")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/atom+xml")
                    .withBody(WebSubRig.text("feed-with-hub.atom").replace("HUB_URL", rig.wire.baseUrl() + "/hub2"))));

            rig.poll();

            assertThat(rig.hubRequests().get(1)).containsEntry("hub.mode", "unsubscribe")
                    .containsEntry("hub.callback", "http://127.0.0.1:" + rig.port + "/websub/" + first.callbackId());
            assertThat(rig.subscriptions.all()).extracting(Subscription::state, s -> s.hub().getPath())
                    .containsExactlyInAnyOrder(tuple(Subscription.State.UNSUBSCRIBING, "/hub"),
                            tuple(Subscription.State.PENDING, "/hub2"));
        }
    }
}
