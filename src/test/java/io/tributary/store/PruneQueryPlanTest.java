package io.tributary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A prune with nothing due runs only the queries below (the current pages are read only when
 * some story is due), and HSQLDB answers each by a look-up in an index rather than a walk of the
 * stories table: in a file store every row such a walk passes is read from disk. The count cut
 * ({@code ORDER BY published DESC, id DESC OFFSET n ROWS}) is such a walk, which is why it runs
 * only when the span of story ids exceeds the cut.
 */
class PruneQueryPlanTest {
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
    void findsStoriesPastTheAgeCutInARangeOfTheNewestIndex() throws SQLException {
        String plan = plan(Pruning.OLDER_THAN);

        assertThat(plan).contains("access=INDEX PRED", "index=STORIES_NEWEST", "end condition=[")
                .doesNotContain("FULL SCAN");
    }

    @Test
    void readsTheLowestAndHighestStoryIdAtOneEndOfThePrimaryKey() throws SQLException {
        for (String sql : new String[] {Pruning.LOWEST_ID, Pruning.HIGHEST_ID}) {
            String plan = plan(sql);

            assertThat(plan).as(sql).contains("index=SYS_PK_", "uses index", "limit=[\nVALUE = 1,");
        }
    }

    @Test
    void wouldWalkTheWholeIndexForTheCountCut() throws SQLException {
        String plan = plan("SELECT id FROM stories ORDER BY published DESC, id DESC OFFSET 200000 ROWS");

        assertThat(plan).contains("access=FULL SCAN").doesNotContain("limit=[");
    }

    @Test
    void walksATopicsPageWithTwoIndexLookUpsPerStory() throws SQLException {
        String plan = plan(CurrentPages.topicPage(100));

        // ENTRIES_STORY: the index HSQLDB keeps for the foreign key entries_story, on story_id
        assertThat(plan).contains("index=ENTRIES_STORY", "index=ENTRY_TOPICS_PK")
                .doesNotContain("index=ENTRY_TOPICS_TOPIC");
    }

    @Test
    void wouldWalkTheTopicForEveryStoryWithAJoinInsideTheExists() throws SQLException {
        String plan = plan("SELECT s.id FROM stories s WHERE EXISTS (SELECT 1 FROM entries te JOIN entry_topics t "
                + "ON t.entry_id = te.id WHERE te.story_id = s.id AND t.topic = ?) "
                + "ORDER BY s.published DESC, s.id DESC FETCH FIRST 100 ROWS ONLY");

        assertThat(plan).contains("index=ENTRY_TOPICS_TOPIC").doesNotContain("index=ENTRIES_STORY");
    }

    @Test
    void readsARareTopicsPageFromItsEntries() throws SQLException {
        String plan = plan(CurrentPages.rareTopicPage(100));

        assertThat(plan).contains("index=ENTRY_TOPICS_TOPIC");
    }

    private String plan(String sql) throws SQLException {
        return QueryPlans.of(store, sql);
    }
}
