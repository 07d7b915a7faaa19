package io.tributary.store;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Decision;
import io.tributary.dedup.EntryIdentity;
import io.tributary.fetch.FetchState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.tributary.store.Poller.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@MethodSource("io.tributary.store.StoreFixture#all")
class PollWritingTest {
    @Parameter
    StoreFixture fixture;
    private StoreFixture.FreshDatabase database;
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofMinutes(15));
    private static final SourceConfig ALPHA = Poller.source("Alpha");
    private static final SourceConfig BETA = Poller.source("Beta");

    private Store store;
    private Poller poller;

    @BeforeEach
    void open() throws StoreException {
        database = fixture.fresh();
        store = Store.open(database.settings());
        poller = new Poller(store);
    }

    @AfterEach
    void close() throws Exception {
        StoreFixture.closeIfOpened(store, database);
    }

    @Test
    void storesNothingTwiceWhenTheSameEntriesArePolledAgain() throws StoreException {
        CleanEntry first = entry("a-1", "https://alpha.example.org/1", "First", "<p>one</p>", T0);
        CleanEntry second = entry("a-2", "https://alpha.example.org/2", "Second", "<p>two</p>", T0);
        poller.poll(ALPHA, T0, first, second);

        PollCounts again = poller.poll(ALPHA, T1, first, second);

        assertThat(again).isEqualTo(new PollCounts(0, 0, 0, 2));
        assertThat(store.latest(10, Optional.empty())).hasSize(2);
        assertThat(store.sourceHealth()).singleElement().extracting(SourceHealth::entries).isEqualTo(2L);
    }

    @Test
    void storesAnEntryListedTwiceInOneFeedOnce() throws StoreException {
        CleanEntry entry = entry("a-1", "https://alpha.example.org/1", "First", "<p>one</p>", T0);

        PollCounts counts = poller.poll(ALPHA, T0, entry, entry);

        assertThat(counts).isEqualTo(new PollCounts(1, 0, 0, 1));
        assertThat(store.latest(10, Optional.empty())).hasSize(1);
    }

    @Test
    void updatesAChangedEntryInPlaceAndKeepsItsStoryId() throws StoreException {
        poller.poll(ALPHA, T0, entry("a-1", "https://alpha.example.org/1", "Draft title", "<p>draft</p>", T0));
        String id = store.latest(1, Optional.empty()).get(0).id();

        PollCounts counts = poller.poll(ALPHA, T1,
                entry("a-1", "https://alpha.example.org/1", "Final title", "<p>final</p>", T0));

        assertThat(counts).isEqualTo(new PollCounts(0, 1, 0, 0));
        List<PublishedStory> stories = store.latest(10, Optional.empty());
        assertThat(stories).singleElement().satisfies(story -> {
            assertThat(story.id()).isEqualTo(id);
            assertThat(story.title()).isEqualTo("Final title");
            assertThat(story.contentHtml()).isEqualTo("<p>final</p>");
            assertThat(story.summary()).isEqualTo("Summary: Final title");
            assertThat(story.updated()).isEqualTo(T1);
        });
    }

    @Test
    void replacesTheTopicsOfAnUpdatedEntry() throws StoreException {
        poller.poll(ALPHA, T0, entry("a-1", "https://alpha.example.org/1", "News from Tehran", "", T0));

        poller.poll(ALPHA, T1, entry("a-1", "https://alpha.example.org/1", "News from the river", "", T0));

        assertThat(store.latest(10, Optional.empty())).singleElement()
                .extracting(PublishedStory::topics).isEqualTo(List.of("rivers"));
    }

    @Test
    void makesTheSameLinkFromTwoSourcesOneStoryWithTwoCarriers() throws StoreException {
        poller.poll(ALPHA, T0, entry("a-1", "https://news.example.org/story?id=7", "From Alpha", "<p>a</p>", T0));

        PollCounts counts = poller.poll(BETA, T1,
                entry("b-1", "https://NEWS.example.org/story?id=7&utm_source=beta", "From Beta", "<p>b</p>", T0));

        assertThat(counts).isEqualTo(new PollCounts(0, 0, 1, 0));
        PublishedStory story = store.latest(10, Optional.empty()).get(0);
        assertThat(store.latest(10, Optional.empty())).hasSize(1);
        assertThat(story.title()).isEqualTo("From Alpha");
        assertThat(story.updated()).isEqualTo(T1);
        assertThat(story.carriers()).containsExactly(
                new Carrier("Alpha", ALPHA.url(), Optional.of("Alpha feed"), Optional.of("https://news.example.org/story?id=7")),
                new Carrier("Beta", BETA.url(), Optional.of("Beta feed"),
                        Optional.of("https://NEWS.example.org/story?id=7&utm_source=beta")));
    }

    @Test
    void namesASourceOnceWhenItCarriesAStoryTwice() throws StoreException {
        poller.poll(ALPHA, T0,
                entry("a-1", "https://alpha.example.org/1", "Once", "", T0),
                entry("a-1-again", "https://alpha.example.org/1", "Once more", "", T0));

        assertThat(store.latest(10, Optional.empty())).singleElement()
                .satisfies(story -> assertThat(story.carriers()).extracting(Carrier::sourceName).containsExactly("Alpha"));
    }

    @Test
    void keepsNothingOfAPollClosedWithoutFinish() throws StoreException {
        try (PollTransaction poll = store.begin(ALPHA)) {
            poll.write(poller.write(poll, ALPHA, entry("a-1", "https://alpha.example.org/1", "Lost", "", T0), T0));
            assertThat(poll.byIdentity("Alpha", EntryIdentity.of(entry("a-1", null, "", "", null)).key())).isPresent();
        }

        assertThat(store.latest(10, Optional.empty())).isEmpty();
        assertThat(store.sourceHealth()).isEmpty();
        assertThat(store.fetchState("Alpha")).isEqualTo(FetchState.initial());
        assertThat(store.changeCount()).isZero();
    }

    @Test
    void refusesWritesAfterFinish() throws StoreException {
        PollTransaction poll = store.begin(ALPHA);
        EntryWrite write = poller.write(poll, ALPHA, entry("a-1", "https://alpha.example.org/1", "T", "", T0), T0);
        poll.finish(Poller.ok(ALPHA, T0));

        assertThatIllegalStateException().isThrownBy(() -> poll.write(write));
        poll.close();
    }

    @Test
    void refusesASecondPollTransactionOnTheSameThread() throws StoreException {
        try (PollTransaction ignored = store.begin(ALPHA)) {
            assertThatIllegalStateException().isThrownBy(() -> store.begin(BETA));
        }
    }

    @Test
    void letsAnotherThreadBeginOnceAPollIsClosed() throws Exception {
        store.begin(ALPHA).close();

        CompletableFuture<PollCounts> other = CompletableFuture.supplyAsync(() -> {
            try {
                return poller.poll(BETA, T0, entry("b-1", "https://beta.example.org/1", "T", "", T0));
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(new PollCounts(1, 0, 0, 0));
    }

    @Test
    void waitsForTheOpenPollBeforeBeginningAnother() throws Exception {
        PollTransaction first = store.begin(ALPHA);
        first.write(poller.write(first, ALPHA, entry("a-1", "https://news.example.org/1", "A", "", T0), T0));
        CompletableFuture<PollCounts> second = CompletableFuture.supplyAsync(() -> {
            try {
                return poller.poll(BETA, T1, entry("b-1", "https://news.example.org/1", "B", "", T0));
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
        first.finish(Poller.ok(ALPHA, T0));

        // had the second poll not waited, it would not have seen the first's story and made its own
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new PollCounts(0, 0, 1, 0));
        assertThat(store.latest(10, Optional.empty())).hasSize(1);
    }

    @Test
    void refusesToCommitAfterAFailedWrite() throws StoreException {
        try (PollTransaction poll = store.begin(ALPHA)) {
            CleanEntry entry = entry("a-1", "https://alpha.example.org/1", "T", "", T0);
            EntryWrite wrong = new EntryWrite(entry, EntryIdentity.of(entry), new Decision.DuplicateOf(999),
                    Set.of(), "", T0);

            assertThatThrownBy(() -> poll.write(wrong)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store jdbc:").hasMessageContaining("source Alpha");
            assertThatThrownBy(() -> poll.finish(Poller.ok(ALPHA, T0))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("an earlier write failed");
        }
        assertThat(store.sourceHealth()).isEmpty();
    }

    @Test
    void clipsValuesLongerThanTheirColumnsInsteadOfFailing() throws StoreException {
        String longHtml = "<p>" + "word ".repeat(Columns.LONG_TEXT / 5) + "</p><p>end</p>";
        String longTitle = "T".repeat(Columns.TITLE + 10);

        poller.poll(ALPHA, T0, entry("a-1", "https://alpha.example.org/" + "x".repeat(Columns.URL), longTitle, longHtml, T0));

        PublishedStory story = store.latest(1, Optional.empty()).get(0);
        assertThat(story.title()).hasSize(Columns.TITLE);
        assertThat(story.contentHtml()).startsWith("<p>word word").hasSizeLessThanOrEqualTo(Columns.LONG_TEXT);
        assertThat(story.link()).isEmpty();
    }

    @Test
    void resortsAStoryWhenItsEntrysPublicationTimeChanges() throws StoreException {
        poller.poll(ALPHA, T0,
                entry("a-1", "https://alpha.example.org/1", "Moves", "", T0.minus(Duration.ofHours(2))),
                entry("a-2", "https://alpha.example.org/2", "Stays", "", T0.minus(Duration.ofHours(1))));

        poller.poll(ALPHA, T1, entry("a-1", "https://alpha.example.org/1", "Moves", "<p>corrected</p>", T0));

        assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title).containsExactly("Moves", "Stays");
    }
}
