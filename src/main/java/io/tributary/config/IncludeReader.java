package io.tributary.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and reads the files a config includes: those matched by the globs of {@code include:}
 * (relative to the main file's folder, each glob's matches sorted by name), or, when there is
 * no {@code include:}, every {@code *.yml} / {@code *.yaml} in a {@code sources.d/} folder next
 * to the main file. An included file holds only {@code sources:} and {@code topics:}, so one
 * team's feeds can live in a file of their own; it cannot include further files.
 */
final class IncludeReader {
    static final List<String> KEYS = List.of("sources", "topics");
    static final String DEFAULT_FOLDER = "sources.d";

    private final ConfigFileReader reader;

    IncludeReader(ConfigFileReader reader) {
        this.reader = reader;
    }

    /** Each included file, read, in order; a file that cannot be read is an empty part. */
    List<ConfigPart> read(Section root, Path mainFile) {
        Path folder = Optional.ofNullable(mainFile.getParent()).orElse(Path.of(""));
        Map<Path, Path> files = new LinkedHashMap<>(); // keyed by absolute path, so a file is read once
        for (Path found : root.value("include").isPresent() ? globbed(root, folder) : defaultFolder(folder)) {
            Path absolute = found.toAbsolutePath().normalize();
            if (!absolute.equals(mainFile.toAbsolutePath().normalize())) {
                files.putIfAbsent(absolute, found);
            }
        }
        return files.values().stream().map(file -> part(file, root.problems().forFile(file)))
                .collect(Collectors.toList());
    }

    private List<Path> globbed(Section root, Path folder) {
        List<Path> found = new ArrayList<>();
        for (YamlNode.Scalar glob : root.texts("include")) {
            try {
                found.addAll(matches(folder, glob.text().strip(), glob, root.problems()));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                root.problems().add(glob.position(), "'include': '" + glob.text() + "' is not a usable file pattern: "
                        + e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                root.problems().add(glob.position(), "'include': cannot list the files of '" + glob.text() + "': " + e);
            }
        }
        return found;
    }

    /**
     * Files matching {@code glob}. Only the part after the glob's fixed leading folders is walked,
     * and no deeper than the glob reaches, so {@code sources.d/*.yml} never walks a whole tree.
     */
    private static List<Path> matches(Path folder, String glob, YamlNode.Scalar at, Problems problems)
            throws IOException {
        String[] parts = glob.split("/", -1);
        if (Arrays.stream(parts).noneMatch(IncludeReader::isPattern)) {
            Path file = folder.resolve(glob);
            if (!Files.isRegularFile(file)) {
                // a fixed name is not a pattern that happens to match nothing: it is a slip
                problems.add(at.position(), "'include': the file '" + file + "' does not exist");
                return List.of();
            }
            return List.of(file);
        }
        int fixed = 0;
        while (!isPattern(parts[fixed])) {
            fixed++;
        }
        Path base = fixed == 0 ? folder : folder.resolve(String.join("/", Arrays.copyOfRange(parts, 0, fixed)));
        String rest = String.join("/", Arrays.copyOfRange(parts, fixed, parts.length));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - fixed;
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base, depth)) {
            return walk.filter(Files::isRegularFile).filter(file -> matcher.matches(base.relativize(file)))
                    .sorted(Comparator.comparing(Path::toString)).collect(Collectors.toList());
        }
    }

    private static boolean isPattern(String part) {
        return part.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> defaultFolder(Path folder) {
        Path sources = folder.resolve(DEFAULT_FOLDER);
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(sources)) {
            return list.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".yml")
                            || file.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            return List.of(sources); // reading it as a file then reports that it is a folder
        }
    }

    private ConfigPart part(Path file, Problems problems) {
        YamlNode.Mapping empty = new YamlNode.Mapping(Position.START, List.of());
        Optional<YamlNode> root = reader.read(file, problems);
        if (root.isPresent() && root.get() instanceof YamlNode.Mapping) {
            return new ConfigPart(file, Section.of(onlyIncludable((YamlNode.Mapping) root.get(), problems),
                    "", KEYS, problems));
        }
        if (root.isPresent() && !(root.get() instanceof YamlNode.Scalar && ((YamlNode.Scalar) root.get()).isNull())) {
            problems.add(root.get().position(), "an included file must be a map with 'sources' (and 'topics'), not "
                    + root.get().describe());
        }
        return new ConfigPart(file, Section.of(empty, "", KEYS, problems));
    }

    /** Settings of the main file are refused with a message that says where they belong. */
    private static YamlNode.Mapping onlyIncludable(YamlNode.Mapping root, Problems problems) {
        List<YamlNode.Entry> kept = new ArrayList<>();
        for (YamlNode.Entry entry : root.entries()) {
            if (ConfigReader.ROOT_KEYS.contains(entry.key()) && !KEYS.contains(entry.key())) {
                problems.add(entry.keyPosition(), "'" + entry.key() + "' belongs in the main config file:"
                        + " an included file holds only 'sources' and 'topics'");
            } else {
                kept.add(entry);
            }
        }
        return new YamlNode.Mapping(root.position(), kept);
    }
}
