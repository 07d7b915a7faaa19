package io.tributary.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads one file of a config, the main one or an included one, into its located YAML tree. */
final class ConfigFileReader {
    private final YamlTreeReader yaml = new YamlTreeReader();

    /**
     * The file's YAML root (a null scalar when it holds no document), or empty when it is missing,
     * unreadable or not YAML; the reason then goes to {@code problems}, which names this file.
     */
    Optional<YamlNode> read(Path file, Problems problems) {
        return readText(file, problems).flatMap(text -> yaml.read(text, problems));
    }

    private static Optional<String> readText(Path file, Problems problems) {
        if (Files.isDirectory(file)) {
            problems.add(Position.START, "this is a folder, not a config file");
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            problems.add(Position.START, "the config file does not exist");
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (CharacterCodingException e) {
            problems.add(Position.START, "the config file is not UTF-8 text");
        } catch (IOException e) {
            problems.add(Position.START, "cannot read the config file: " + e);
        }
        return Optional.empty();
    }
}
