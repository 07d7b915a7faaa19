package io.tributary.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads and validates a Tributary config file (YAML, described in DESIGN.md, "Config").
 *
 * <p>Nothing is half-loaded: either every value is valid and a complete {@link Config} comes
 * back, or a {@link ConfigException} lists every problem found, each with its file, line and
 * column, so an operator can fix them all in one pass and a running instance can keep its
 * previous config.
 */
public final class ConfigLoader {
    private final YamlTreeReader yaml = new YamlTreeReader();

    /**
     * @param file the config file; problems name it as given here
     * @throws ConfigException listing every problem, when the file is missing, unreadable, not
     *                         YAML, or not a valid config
     */
    public Config load(Path file) throws ConfigException {
        Problems problems = new Problems(file);
        Optional<String> text = readText(file, problems);
        Optional<YamlNode> root = text.flatMap(yamlText -> yaml.read(yamlText, problems));
        Optional<Config> config = root.flatMap(node -> config(file, node, problems));
        if (problems.any() || config.isEmpty()) {
            throw new ConfigException(problems.inFileOrder());
        }
        return config.get();
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

    private static Optional<Config> config(Path file, YamlNode root, Problems problems) {
        if (root instanceof YamlNode.Mapping) {
            return Optional.of(new ConfigReader(file, problems).read((YamlNode.Mapping) root));
        }
        if (root instanceof YamlNode.Scalar && ((YamlNode.Scalar) root).isNull()) {
            problems.add(Position.START, "the config file is empty");
        } else {
            problems.add(root.position(), "the config must be a map of keys (" + String.join(", ",
                    ConfigReader.ROOT_KEYS) + "), not " + root.describe());
        }
        return Optional.empty();
    }
}
