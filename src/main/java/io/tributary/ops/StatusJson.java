package io.tributary.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.store.PollRecord;
import io.tributary.store.TopicDay;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /api/status}: the status report as JSON, built as an explicit tree so the wire format is
 * written down here and does not shift when a record gains a component.
 */
public final class StatusJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public byte[] write(StatusReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("status", report.overall());
        root.put("at", report.at().toString());
        report.configError().ifPresent(error -> root.put("configError", error));
        root.putObject("store").put("stories", report.size().stories()).put("entries", report.size().entries());
        ArrayNode sources = root.putArray("sources");
        for (SourceStatus source : report.sources()) {
            ObjectNode node = sources.addObject();
            node.put("name", source.name());
            node.put("url", source.url().toString());
            node.put("status", source.status());
            node.put("problem", source.problem());
            node.put("removed", source.removed());
            time(node, "lastSuccess", source.lastSuccess());
            node.put("lastError", source.lastError().orElse(null));
            node.put("failures", source.failures());
            time(node, "nextPoll", source.nextPoll());
            node.put("entriesLast7Days", source.recent());
            node.put("meanFetchMillis", source.meanMillis());
            ArrayNode polls = node.putArray("polls");
            for (PollRecord poll : source.polls()) {
                polls.addObject().put("at", poll.at().toString()).put("status", poll.status())
                        .put("success", poll.success()).put("millis", poll.millis()).put("new", poll.fresh())
                        .put("updated", poll.updated()).put("duplicates", poll.duplicates());
            }
        }
        ArrayNode days = root.putArray("topicDays");
        for (TopicDay day : report.topicDays()) {
            days.addObject().put("topic", day.topic()).put("day", day.day().toString()).put("stories", day.stories());
        }
        try {
            return mapper.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ops: cannot write status JSON", e);
        }
    }

    private static void time(ObjectNode node, String field, Optional<Instant> at) {
        if (at.isPresent()) {
            node.put(field, at.get().toString());
        } else {
            node.putNull(field);
        }
    }
}
