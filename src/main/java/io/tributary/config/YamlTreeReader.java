package io.tributary.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree that remembers where each key and value was
 * written. It streams tokens from Jackson's YAML parser because binding with an ObjectMapper
 * throws positions away, and positions are what make a config error easy to fix.
 */
final class YamlTreeReader {
    private final YAMLFactory factory = new YAMLFactory();

    /**
     * The document's root (a null scalar when the text holds no document), or empty when the text
     * is not valid YAML; in that case the reason is added to {@code problems}.
     */
    Optional<YamlNode> read(String text, Problems problems) {
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                // no document at all (blank, or only comments): the caller decides if that is fine
                return Optional.of(new YamlNode.Scalar(Position.START, YamlNode.Scalar.Kind.NULL, ""));
            }
            YamlNode root = node(parser, problems);
            if (parser.nextToken() != null) {
                problems.add(position(parser.currentTokenLocation()),
                        "only one YAML document is allowed: remove this '---' and what follows");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.add(syntaxErrorPosition(e), "YAML syntax error: " + syntaxErrorMessage(e));
            return Optional.empty();
        } catch (IOException e) {
            // Not expected from an in-memory string, but a reader must never hide a failure.
            problems.add(Position.START, "cannot read the YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private YamlNode node(JsonParser parser, Problems problems) throws IOException {
        Position at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return mapping(parser, at, problems);
        }
        if (token == JsonToken.START_ARRAY) {
            return sequence(parser, at, problems);
        }
        if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
            // Jackson hands an alias over as the anchor's name, which would silently become a
            // wrong value; the config is small enough to write every value out.
            problems.add(at, "YAML aliases (*" + parser.getText() + ") are not supported: write the value out");
        }
        return new YamlNode.Scalar(at, kind(token), parser.getText());
    }

    private YamlNode.Mapping mapping(JsonParser parser, Position at, Problems problems) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            parser.nextToken();
            entries.add(new YamlNode.Entry(key, keyAt, node(parser, problems)));
        }
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode.Sequence sequence(JsonParser parser, Position at, Problems problems) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser, problems));
        }
        return new YamlNode.Sequence(at, items);
    }

    private static YamlNode.Scalar.Kind kind(JsonToken token) {
        switch (token) {
            case VALUE_NULL:
                return YamlNode.Scalar.Kind.NULL;
            case VALUE_NUMBER_INT:
                return YamlNode.Scalar.Kind.INTEGER;
            case VALUE_NUMBER_FLOAT:
                return YamlNode.Scalar.Kind.DECIMAL;
            case VALUE_TRUE:
            case VALUE_FALSE:
                return YamlNode.Scalar.Kind.BOOLEAN;
            default:
                return YamlNode.Scalar.Kind.TEXT;
        }
    }

    private static Position position(JsonLocation location) {
        // Jackson's YAML locations already count from 1; clamp in case one is unknown (-1 or 0).
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /**
     * SnakeYAML's own mark points at the offending character; Jackson's wrapper sometimes points
     * one column away from it, so prefer the mark when there is one.
     */
    private static Position syntaxErrorPosition(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException) {
            Mark mark = ((MarkedYAMLException) e.getCause()).getProblemMark();
            if (mark != null) {
                return new Position(mark.getLine() + 1, mark.getColumn() + 1);
            }
        }
        // Jackson's own errors (a list as a key) leave the offending event as the current token,
        // whose start is more precise than the exception's location, which is just past it.
        if (e.getProcessor() instanceof JsonParser) {
            return position(((JsonParser) e.getProcessor()).currentTokenLocation());
        }
        return e.getLocation() == null ? Position.START : position(e.getLocation());
    }

    /** SnakeYAML's short problem and context ("while parsing a flow sequence"), without its excerpt. */
    private static String syntaxErrorMessage(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException) {
            MarkedYAMLException yaml = (MarkedYAMLException) e.getCause();
            String problem = yaml.getProblem();
            if (problem != null && problem.contains("\\t(TAB)")) {
                // the most common YAML slip; SnakeYAML's wording of it is hard to read
                return "a tab cannot indent YAML: use spaces";
            }
            String context = yaml.getContext();
            if (context != null && yaml.getContextMark() != null) {
                Mark mark = yaml.getContextMark();
                return problem + " (" + context + " started at line " + (mark.getLine() + 1)
                        + ", column " + (mark.getColumn() + 1) + ")";
            }
            return context == null ? problem : problem + " (" + context + ")";
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Expected a field name")) {
            // Jackson's wording for "? [a, b] : c", a YAML complex key
            return "a key must be plain text, not a list or a map";
        }
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
