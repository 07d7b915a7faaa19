package io.tributary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publisher's topic feeds walk the stories newest first and ask of each whether it has the
 * topic: HSQLDB must answer that with two index look-ups per story (the story's entries, then the
 * entry's topic), never by walking the topic's entries for every story (see {@link StoryTopics}).
 */
class TopicPageQueryPlanTest {
    private Store store;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(MemoryStore.settings());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsATopicFeedWithTwoIndexLookUpsPerStory() throws SQLException {
        assertLooksUpPerStory(plan(LatestStories.headsQuery(true, false)));
    }

    @Test
    void readsTheUncategorizedFeedWithTwoIndexLookUpsPerStory() throws SQLException {
        assertLooksUpPerStory(plan(LatestStories.headsQuery(false, true)));
    }

    @Test
    void findsTheStoriesToTagAgainWithTwoIndexLookUpsPerStory() throws SQLException {
        assertLooksUpPerStory(plan("SELECT s.id FROM stories s WHERE " + StoryTopics.HAS_TOPIC
                + " ORDER BY s.published DESC, s.id DESC FETCH FIRST 100 ROWS ONLY"));
    }

    @Test
    void readsTheMergedFeedWithoutLookingAtTopics() throws SQLException {
        assertThat(plan(LatestStories.headsQuery(false, false))).doesNotContain("ENTRY_TOPICS");
    }

    private static void assertLooksUpPerStory(String plan) {
        // ENTRIES_STORY: the index HSQLDB keeps for the foreign key entries_story, on story_id
        assertThat(plan).contains("index=ENTRIES_STORY", "index=ENTRY_TOPICS_PK")
                .doesNotContain("index=ENTRY_TOPICS_TOPIC");
    }

    private String plan(String sql) throws SQLException {
        return QueryPlans.of(store, sql);
    }
}
