package io.tributary.store;

import java.time.LocalDate;

/** How many stories of one topic were first seen on one day (UTC). */
public record TopicDay(String topic, LocalDate day, long stories) {
}
