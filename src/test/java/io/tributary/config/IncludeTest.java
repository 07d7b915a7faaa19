package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Included files: the sources.d/ default, globs, and problems reported against the included
 * file's own path. Fixtures: one folder per case under src/test/resources/config/include-*.
 */
class IncludeTest {
    private static final Path FIXTURES = Path.of("src/test/resources/config");

    private final ConfigLoader loader = new ConfigLoader();

    private List<ConfigProblem> problemsOf(Path file) {
        ConfigException thrown = catchThrowableOfType(ConfigException.class, () -> loader.load(file));
        assertThat(thrown).as("loading %s must fail", file).isNotNull();
        return thrown.problems();
    }

    @Test
    void readsEveryYamlFileOfSourcesFolderByName() throws ConfigException {
        Path folder = FIXTURES.resolve("include-folder");

        Config config = loader.load(folder.resolve("main.yml"));

        assertThat(config.sources()).extracting(SourceConfig::name)
                .containsExactly("Main Desk", "River Log", "Lake Watch");
        assertThat(config.topics()).extracting(TopicRule::name).containsExactly("rivers", "lakes");
        assertThat(config.files()).containsExactly(folder.resolve("main.yml"),
                folder.resolve("sources.d/a-rivers.yml"), folder.resolve("sources.d/b-lakes.yaml"));
    }

    @Test
    void letsIncludedFilesNameTopicsAndSourcesOfOtherFiles() throws ConfigException {
        Config config = loader.load(FIXTURES.resolve("include-folder/main.yml"));

        assertThat(config.source("Lake Watch").orElseThrow().topics()).containsExactly("lakes");
        assertThat(config.source("River Log").orElseThrow().topics()).containsExactly("rivers");
        assertThat(config.topic("lakes").orElseThrow().sources()).containsExactly("Main Desk");
    }

    @Test
    void resolvesRelativeFileUrlsAgainstTheIncludedFilesFolder() throws ConfigException {
        Config config = loader.load(FIXTURES.resolve("include-folder/main.yml"));

        assertThat(config.source("River Log").orElseThrow().url()).isEqualTo(
                FIXTURES.resolve("include-folder/sources.d/river-log.xml").toAbsolutePath().normalize().toUri());
    }

    @Test
    void readsTheFilesAGlobMatchesInNameOrderAndNotTheDefaultFolder() throws ConfigException {
        Path folder = FIXTURES.resolve("include-glob");

        Config config = loader.load(folder.resolve("main.yml"));

        assertThat(config.sources()).extracting(SourceConfig::name)
                .containsExactly("Main Desk", "First Feed", "Second Feed");
        assertThat(config.files()).containsExactly(folder.resolve("main.yml"), folder.resolve("feeds/one.yml"),
                folder.resolve("feeds/two.yml"));
    }

    @Test
    void acceptsAGlobThatMatchesNothing() throws ConfigException {
        Path main = FIXTURES.resolve("include-nothing-matched/main.yml");

        assertThat(loader.load(main).files()).containsExactly(main);
    }

    @Test
    void reportsProblemsOfIncludedFilesWithTheirOwnPathLineAndColumn() {
        Path folder = FIXTURES.resolve("include-problem/sources.d");

        assertThat(problemsOf(FIXTURES.resolve("include-problem/main.yml"))).containsExactly(
                new ConfigProblem(folder.resolve("forecasts.yml"), 4, 14,
                        "unknown topic 'wether' in source 'Forecasts' (did you mean 'weather'?)"),
                new ConfigProblem(folder.resolve("not-yaml.yml"), 2, 1, "YAML syntax error: expected ',' or ']',"
                        + " but got <stream end> (while parsing a flow sequence started at line 1, column 10)"));
    }

    @Test
    void findsADuplicateSourceAcrossFilesNamingTheOtherFile() {
        Path main = FIXTURES.resolve("include-duplicate/main.yml");
        Path more = FIXTURES.resolve("include-duplicate/sources.d/more.yml");

        assertThat(problemsOf(main)).containsExactly(
                new ConfigProblem(more, 4, 11, "duplicate source name 'Twin' (first at line 2 of " + main + ")"),
                new ConfigProblem(more, 5, 10, "duplicate source URL 'https://TWIN.example.com/feed' (first at line 3 of "
                        + main + ", source 'Twin')"));
    }

    @Test
    void refusesMainFileSettingsInAnIncludedFile() {
        Path team = FIXTURES.resolve("include-main-setting/sources.d/team.yml");

        assertThat(problemsOf(FIXTURES.resolve("include-main-setting/main.yml"))).containsExactly(
                new ConfigProblem(team, 1, 1,
                        "'poll' belongs in the main config file: an included file holds only 'sources' and 'topics'"));
    }

    @Test
    void reportsAMissingFileNamedWithoutAPattern() {
        Path main = FIXTURES.resolve("missing-include.yml");

        assertThat(problemsOf(main)).containsExactly(new ConfigProblem(main, 1, 11,
                "'include': the file '" + FIXTURES.resolve("more-sources.yml") + "' does not exist"));
    }
}
