package io.tributary.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads and validates a Tributary config file (YAML, described in DESIGN.md, "Config"), with
 * the files it includes.
 *
 * <p>Nothing is half-loaded: either every value is valid and a complete {@link Config} comes
 * back, or a {@link ConfigException} lists every problem found, each with its file, line and
 * column, so an operator can fix them all in one pass and a running instance can keep its
 * previous config.
 */
public final class ConfigLoader {
    private final ConfigFileReader files = new ConfigFileReader();

    /**
     * @param file the config file; problems name it as given here, and included files relative
     *             to its folder
     * @throws ConfigException listing every problem, when the file (or one it includes) is
     *                         missing, unreadable, not YAML, or not a valid config
     */
    public Config load(Path file) throws ConfigException {
        Problems problems = new Problems(file);
        Optional<YamlNode> root = files.read(file, problems);
        Optional<Config> config = root.flatMap(node -> config(file, node, problems));
        if (problems.any() || config.isEmpty()) {
            throw new ConfigException(problems.inFileOrder());
        }
        return config.get();
    }

    private Optional<Config> config(Path file, YamlNode root, Problems problems) {
        if (root instanceof YamlNode.Mapping) {
            return Optional.of(new ConfigReader(file, problems, new IncludeReader(files))
                    .read((YamlNode.Mapping) root));
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
