package io.tributary.store;

import io.tributary.config.StoreSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreExceptionTest {

    @Test
    void namesTheStageAndTheUrl() {
        assertThat(new StoreException("jdbc:hsqldb:mem:x", "it broke", null))
                .hasMessage("store jdbc:hsqldb:mem:x: it broke");
    }

    @Test
    void masksAPasswordInTheUrl() {
        assertThat(new StoreException("jdbc:postgresql://db.example.org/tributary?user=t&password=s3cret&ssl=true",
                "it broke", null))
                .hasMessage("store jdbc:postgresql://db.example.org/tributary?user=t&password=***&ssl=true: it broke");
    }

    @Test
    void failsToOpenAnUnknownDatabaseWithoutShowingThePassword() {
        StoreSettings settings = new StoreSettings("jdbc:nosuchdb://db.example.org/x;password=s3cret", "", "");

        assertThatThrownBy(() -> Store.open(settings)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store jdbc:nosuchdb://db.example.org/x;password=***: cannot connect")
                .message().doesNotContain("s3cret");
    }
}
