package io.tributary.publish;

import io.tributary.store.SourceHealth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON body of {@code /health}. Built as an explicit tree rather than by binding the records,
 * so the wire format is written down here and does not shift when a record gains a component.
 */
final class HealthJson {
    private final ObjectMapper mapper = new ObjectMapper();

    byte[] write(HealthReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("status", report.status());
        report.configError().ifPresent(error -> root.put("configError", error));
        ArrayNode sources = root.putArray("sources");
        for (SourceHealth source : report.sources()) {
            ObjectNode node = sources.addObject();
            node.put("name", source.name());
            node.put("status", source.status());
            if (source.lastSuccess().isPresent()) {
                node.put("lastSuccess", source.lastSuccess().get().toString());
            } else {
                node.putNull("lastSuccess");
            }
            node.put("failures", source.failures());
        }
        try {
            return mapper.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("publish: cannot write health JSON", e);
        }
    }
}
