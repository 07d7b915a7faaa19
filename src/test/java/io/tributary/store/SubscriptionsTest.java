package io.tributary.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.StoreSettings;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The websub_subscriptions table (V8). */
class SubscriptionsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private Store store;
    private Subscriptions subscriptions;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(new StoreSettings("jdbc:hsqldb:mem:subscriptions-" + UUID.randomUUID(), "", ""));
        subscriptions = new Subscriptions(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Subscription pending(String id, String source) {
        return Subscription.requested(id, source, URI.create("https://news.example.org/feed.atom"),
                URI.create("https://hub.example.org/"), "secret-" + id, T0);
    }

    @Test
    void readsBackWhatItSaved() throws StoreException {
        Subscription saved = pending("cb1", "Valley Gazette").verified(T0.plusSeconds(5), T0.plusSeconds(3605))
                .failed("hub answered HTTP 500");

        subscriptions.save(saved);

        assertThat(subscriptions.byCallback("cb1")).contains(saved);
    }

    @Test
    void replacesTheRowWithTheSameCallbackId() throws StoreException {
        subscriptions.save(pending("cb1", "Valley Gazette"));
        subscriptions.save(pending("cb1", "Valley Gazette").withState(Subscription.State.DENIED));

        assertThat(subscriptions.all()).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(Subscription.State.DENIED));
    }

    @Test
    void findsTheSubscriptionsOfOneSource() throws StoreException {
        subscriptions.save(pending("cb1", "Valley Gazette"));
        subscriptions.save(pending("cb2", "Harbour News"));

        assertThat(subscriptions.ofSource("Harbour News")).extracting(Subscription::callbackId).containsExactly("cb2");
    }

    @Test
    void forgetsADeletedSubscription() throws StoreException {
        subscriptions.save(pending("cb1", "Valley Gazette"));

        subscriptions.delete("cb1");

        assertThat(subscriptions.byCallback("cb1")).isEmpty();
    }

    @Test
    void renewsAtTheGivenShareOfTheLease() {
        Subscription active = pending("cb1", "Valley Gazette").verified(T0, T0.plusSeconds(1000));
        assertThat(active.renewAt(0.8)).contains(T0.plusSeconds(800));
    }
}
