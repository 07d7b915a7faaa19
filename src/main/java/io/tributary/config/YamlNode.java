package io.tributary.config;

import java.util.List;

/**
 * A YAML value with the place it was written, so every problem found later can point at it.
 * Jackson's data binding would give values without positions; this small tree keeps them.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Position position();

    /** What this value is, for messages such as "must be a list, not a map". */
    String describe();

    /** One {@code key: value} pair of a mapping; keys are always text in a config. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }

    /** Keys and values in the order written; repeated keys are kept so they can be reported. */
    record Mapping(Position position, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value. {@code text} is what was written (without quotes), whatever its kind, so a
     * title like {@code 2024} or a keyword like {@code no} stays as the operator wrote it.
     */
    record Scalar(Position position, Kind kind, String text) implements YamlNode {
        enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            switch (kind) {
                case NULL:
                    return "nothing";
                case INTEGER:
                case DECIMAL:
                    return "the number " + text;
                case BOOLEAN:
                    return "the yes/no value '" + text + "'";
                default:
                    return "text '" + text + "'";
            }
        }
    }
}
