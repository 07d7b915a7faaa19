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

/** Renewing leases and unsubscribing, driven by a clock the test moves and by config edits. */
@Timeout(60)
class LeaseKeeperTest {
    private static final long TEN_DAYS = Duration.ofDays(10).toSeconds();

    @TempDir
    Path dir;

    @Test
    void leavesALeaseAloneBeforeFourFifthsOfIt() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            rig.verified(TEN_DAYS);
            rig.clock.set(WebSubRig.T0.plus(Duration.ofDays(7)));

            assertThat(rig.leases.tend(rig.live.config())).isZero();
            assertThat(rig.hubRequests()).hasSize(1);
        }
    }

    @Test
    void renewsWithTheSameCallbackAndSecretAtFourFifthsOfTheLease() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(TEN_DAYS);
            rig.clock.set(WebSubRig.T0.plus(Duration.ofDays(8)).plusSeconds(1));

            assertThat(rig.leases.tend(rig.live.config())).isEqualTo(1);

            assertThat(rig.hubRequests()).hasSize(2);
            assertThat(rig.hubRequests().get(1)).containsEntry("hub.mode", "subscribe")
                    .containsEntry("hub.callback", "http://127.0.0.1:" + rig.port + "/websub/" + active.callbackId())
                    .containsEntry("hub.secret", active.secret());
            assertThat(rig.onlySubscription().state()).isEqualTo(Subscription.State.ACTIVE);
        }
    }

    @Test
    void renewsOncePerLeaseNotOnEveryTick() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            rig.verified(TEN_DAYS);
            rig.clock.set(WebSubRig.T0.plus(Duration.ofDays(8)).plusSeconds(1));
            rig.leases.tend(rig.live.config());
            rig.clock.set(WebSubRig.T0.plus(Duration.ofDays(8)).plusSeconds(61));

            assertThat(rig.leases.tend(rig.live.config())).isZero();
            assertThat(rig.hubRequests()).hasSize(2);
        }
    }

    @Test
    void subscribesAgainWhenTheLeaseEndedWhileStopped() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            rig.verified(3600);
            rig.clock.set(WebSubRig.T0.plus(Duration.ofHours(5)));

            assertThat(rig.leases.tend(rig.live.config())).isEqualTo(1);

            assertThat(rig.hubRequests().get(1)).containsEntry("hub.mode", "subscribe");
            assertThat(rig.onlySubscription().state()).isEqualTo(Subscription.State.PENDING);
        }
    }

    @Test
    void unsubscribesASourceRemovedFromTheConfig() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(TEN_DAYS);

            rig.live.swap(rig.config(false, true));
            rig.leases.tend(rig.live.config());

            assertThat(rig.hubRequests()).hasSize(2);
            assertThat(rig.hubRequests().get(1)).containsEntry("hub.mode", "unsubscribe")
                    .containsEntry("hub.topic", WebSubRig.SELF)
                    .containsEntry("hub.callback", "http://127.0.0.1:" + rig.port + "/websub/" + active.callbackId());
            assertThat(rig.onlySubscription().state()).isEqualTo(Subscription.State.UNSUBSCRIBING);
        }
    }

    @Test
    void forgetsTheSubscriptionOnceTheHubVerifiesTheUnsubscribe() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            Subscription active = rig.verified(TEN_DAYS);
            rig.live.swap(rig.config(false, true));
            rig.leases.tend(rig.live.config());

            HttpResponse<String> answer = rig.verify(active.callbackId(), Map.of("hub.mode", "unsubscribe",
                    "hub.topic", WebSubRig.SELF, "hub.challenge", "farewell-7"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("farewell-7");
            assertThat(rig.subscriptions.all()).isEmpty();
        }
    }

    @Test
    void unsubscribesWhenWebsubIsTurnedOff() throws Exception {
        try (WebSubRig rig = new WebSubRig(dir, "feed-with-hub.atom")) {
            rig.poll();
            rig.verified(TEN_DAYS);

            rig.live.swap(rig.config(true, false));
            rig.leases.tend(rig.live.config());

            assertThat(rig.hubRequests().get(1)).containsEntry("hub.mode", "unsubscribe");
        }
    }
}
