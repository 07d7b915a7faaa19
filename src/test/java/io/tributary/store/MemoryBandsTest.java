package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;
import io.tributary.dedup.RandomFingerprints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryBandsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));

    private final String url = "jdbc:hsqldb:mem:bands-" + UUID.randomUUID();
    private Connection keepAlive;
    private MemoryBands index;

    @BeforeEach
    void createEntriesTable() throws SQLException {
        keepAlive = DriverManager.getConnection(url, "SA", "");
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("CREATE TABLE entries (id BIGINT PRIMARY KEY, story_id BIGINT, source_name VARCHAR(100), "
                    + "fingerprint VARCHAR(1000), first_seen TIMESTAMP WITH TIME ZONE)");
        }
        index = new MemoryBands(() -> DriverManager.getConnection(url, "SA", ""));
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void picksWhatTheCandidateListWouldPick() throws SQLException {
        Random random = new Random(11);
        Fingerprint[] themes = new Fingerprint[8];
        for (int i = 0; i < themes.length; i++) {
            themes[i] = RandomFingerprints.of(random, 200);
        }
        List<Fingerprint> stored = new ArrayList<>();
        for (int id = 1; id <= 600; id++) {
            // many entries near a few themes, so look-ups meet hundreds of candidates
            Fingerprint entry = RandomFingerprints.sharing(random, themes[random.nextInt(themes.length)],
                    60 + random.nextInt(69), 100 + random.nextInt(200));
            stored.add(entry);
            add(id, 1_000 + id % 97, "source-" + id % 5, entry, NOW.minusSeconds(id * 600L));
        }

        int found = 0;
        for (int round = 0; round < 300; round++) {
            Fingerprint like = random.nextBoolean() ? themes[random.nextInt(themes.length)]
                    : stored.get(random.nextInt(stored.size()));
            Fingerprint query = RandomFingerprints.sharing(random, like, 40 + random.nextInt(89),
                    100 + random.nextInt(200));
            String source = "source-" + random.nextInt(6);
            double similarity = 0.5 + random.nextInt(50) / 100.0;
            Instant since = NOW.minus(Duration.ofHours(random.nextInt(200)));

            found += pickBothWays(round, query, source, since, similarity).isPresent() ? 1 : 0;
        }
        assertThat(found).as("rounds that found a story").isBetween(30, 270);
    }

    @Test
    void picksWhatTheCandidateListWouldPickAmongLowByteLookalikes() throws SQLException {
        Random random = new Random(12);
        Fingerprint[] themes = new Fingerprint[8];
        for (int i = 0; i < themes.length; i++) {
            themes[i] = RandomFingerprints.of(random, 200);
        }
        for (int id = 1; id <= 600; id++) {
            // values that differ from the theme's mostly keep its low byte: the sketch lets such
            // pairs through, and only their values can tell them apart
            add(id, 1_000 + id % 97, "source-" + id % 5, lookalike(random, themes[random.nextInt(themes.length)]),
                    NOW.minusSeconds(id * 600L));
        }

        int found = 0;
        for (int round = 0; round < 300; round++) {
            Fingerprint query = lookalike(random, themes[random.nextInt(themes.length)]);
            double similarity = 0.3 + random.nextInt(60) / 100.0;
            Instant since = NOW.minus(Duration.ofHours(random.nextInt(200)));

            found += pickBothWays(round, query, "source-" + random.nextInt(6), since, similarity).isPresent() ? 1 : 0;
        }
        assertThat(found).as("rounds that found a story").isBetween(30, 270);
    }

    @Test
    void leavesOutTheAskingSourceAndEntriesBeforeTheWindow() throws SQLException {
        Fingerprint story = RandomFingerprints.of(new Random(3), 150);
        add(1, 10, "harbour-herald", story, NOW.minusSeconds(60));
        add(2, 20, "valley-voice", story, NOW.minus(Duration.ofDays(8)));

        BandIndex transaction = index.transaction();

        assertThat(transaction.mostSimilarStory(story, "harbour-herald", WEEK_AGO, 0.8)).isEmpty();
        assertThat(transaction.mostSimilarStory(story, "valley-voice", WEEK_AGO, 0.8)).hasValue(10);
    }

    @Test
    void givesEquallySimilarCopiesToTheOldestStory() throws SQLException {
        Fingerprint story = RandomFingerprints.of(new Random(4), 150);
        add(1, 30, "a", story, NOW.minusSeconds(30));
        add(2, 12, "b", story, NOW.minusSeconds(20));
        add(3, 25, "c", story, NOW.minusSeconds(10));

        assertThat(index.transaction().mostSimilarStory(story, "d", WEEK_AGO, 0.8)).hasValue(12);
    }

    @Test
    void findsWhatACommittedTransactionAddedButNotWhatAnOpenOneHolds() throws SQLException {
        Fingerprint first = RandomFingerprints.of(new Random(5), 150);
        add(1, 1, "a", first, NOW.minusSeconds(30));
        Fingerprint second = RandomFingerprints.of(new Random(6), 150);
        assertThat(index.transaction().mostSimilarStory(first, "b", WEEK_AGO, 0.8)).hasValue(1); // fills the index

        BandIndex writer = index.transaction();
        writer.add(2, 2, "a", Optional.of(second), NOW);
        assertThat(index.transaction().mostSimilarStory(second, "b", WEEK_AGO, 0.8)).isEmpty();
        writer.committed();

        assertThat(index.transaction().mostSimilarStory(second, "b", WEEK_AGO, 0.8)).hasValue(2);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.bytes()).isPositive();
    }

    /** What the index picks, having checked that it picks what comparing a list of candidates picks. */
    private OptionalLong pickBothWays(int round, Fingerprint query, String source, Instant since, double similarity)
            throws SQLException {
        OptionalLong fast = index.transaction().mostSimilarStory(query, source, since, similarity);
        OptionalLong listed = FingerprintCandidate.mostSimilarStory(
                index.transaction().candidates(query.bandHashes(), since), query, source, similarity);

        assertThat(fast).as("round %d", round).isEqualTo(listed);
        return fast;
    }

    private static Fingerprint lookalike(Random random, Fingerprint theme) {
        int same = 30 + random.nextInt(70);
        int sameLowByte = (Fingerprint.HASHES - same) * 3 / 4 + random.nextInt((Fingerprint.HASHES - same) / 4 + 1);
        return RandomFingerprints.lookingLike(random, theme, same, sameLowByte, 20 + random.nextInt(400));
    }

    private void add(long id, long storyId, String source, Fingerprint fingerprint, Instant firstSeen)
            throws SQLException {
        try (PreparedStatement insert = keepAlive.prepareStatement("INSERT INTO entries VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, storyId);
            insert.setString(3, source);
            insert.setString(4, fingerprint.encode());
            Columns.setInstant(insert, 5, firstSeen);
            insert.executeUpdate();
        }
    }
}
