package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of mistake is reported with its file, the exact line and column, and a message that
 * names the key. One fixture per case in src/test/resources/config/, named by the case; each
 * holds exactly one mistake, so the test also proves that one mistake gives one problem.
 */
class ConfigProblemTest {
    private static final Path FIXTURES = Path.of("src/test/resources/config");
    private static final String DURATION_HOW = "(write it like 500ms, 30s, 15m, 2h, 1d or 1h30m)";

    private final ConfigLoader loader = new ConfigLoader();

    private List<ConfigProblem> problemsOf(Path file) {
        ConfigException thrown = catchThrowableOfType(ConfigException.class, () -> loader.load(file));
        assertThat(thrown).as("loading %s must fail", file).isNotNull();
        return thrown.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        syntax-error                   | 3 | 8  | YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence started at line 2, column 9)
        tab-indent                     | 2 | 1  | YAML syntax error: a tab cannot indent YAML: use spaces
        unknown-key                    | 2 | 3  | unknown key 'intervall' (did you mean 'interval'?)
        unknown-key-without-suggestion | 2 | 1  | unknown key 'colour' (known keys here: title, base-url, server, store, poll, publish, topics, sources, clean, dedup, retention, cluster, include)
        duplicate-key                  | 2 | 1  | 'title' is given twice (first at line 1)
        map-expected                   | 2 | 3  | 'server' must be a map of keys, not a list
        list-expected                  | 2 | 3  | 'topics' must be a list, not a map
        text-for-threads               | 2 | 12 | 'poll.threads' must be a whole number, not text 'eight'
        zero-threads                   | 2 | 12 | 'poll.threads' must be at least 1, not 0
        zero-entries                   | 1 | 21 | 'publish.entries' must be at least 1, not 0
        threads-too-large              | 2 | 12 | 'poll.threads' must be between 1 and 2147483647, not 99999999999
        complex-key                    | 1 | 3  | YAML syntax error: a key must be plain text, not a list or a map
        port-out-of-range              | 2 | 9  | 'server.port' must be between 0 and 65535, not 70000
        unparseable-interval           | 2 | 13 | 'poll.interval': '5 minutes' is not a duration DURATION_HOW
        unparseable-timeout            | 2 | 12 | 'poll.timeout': 'soon' is not a duration DURATION_HOW
        zero-interval                  | 4 | 15 | 'sources.interval' must be longer than zero, not '0s'
        unparseable-size               | 2 | 14 | 'poll.max-bytes': '10 megs' is not a size (write it like 1048576, 512KB, 10MB or 1GB)
        missing-source-name            | 4 | 5  | source is missing 'name'
        missing-source-url             | 2 | 5  | source 'Nowhere' is missing 'url'
        malformed-url                  | 3 | 10 | 'sources.url' is not usable: 'https://spaced out.example.com/feed' is not a valid URL: it contains a space (write a space in a URL as %20)
        illegal-url-character          | 3 | 10 | 'sources.url' is not usable: 'https://example.com/a^b' is not a valid URL (illegal character in path)
        relative-url                   | 3 | 10 | 'sources.url' is not usable: 'www.example.com/feed' is not an absolute URL: start it with http://, https:// or file:
        unsupported-url-scheme         | 3 | 10 | 'sources.url' is not usable: 'ftp://files.example.com/feed.xml' is not an http, https or file URL
        file-url-with-host             | 3 | 10 | 'sources.url' is not usable: 'file://demo/rss2.xml' names a host, but a file URL names a path: write file:relative/path or file:///absolute/path
        bad-base-url                   | 1 | 11 | 'base-url' is not usable: 'file:/srv/feeds' is not an http or https URL
        bad-store-url                  | 2 | 8  | 'store.url' must be a JDBC URL such as jdbc:hsqldb:file:data/tributary or jdbc:postgresql://host/database, not 'hsqldb:file:data/tributary'
        duplicate-source-name          | 4 | 11 | duplicate source name 'Twin' (first at line 2)
        duplicate-source-url           | 5 | 10 | duplicate source URL 'https://SAME.example.com/feed' (first at line 3, source 'First copy')
        unknown-topic                  | 7 | 14 | unknown topic 'wether' in source 'Forecasts' (did you mean 'weather'?)
        duplicate-topic                | 4 | 11 | duplicate topic name 'weather' (first at line 2)
        bad-topic-name                 | 2 | 11 | topic name 'Human Rights' may only hold lower-case letters, digits and '-', starting with a letter or digit (it is used in URLs)
        bad-embed-host                 | 2 | 38 | 'clean.embeds' takes host names such as www.youtube-nocookie.com, not 'https://player.example.com/embed': write player.example.com
        bad-drop-selector              | 2 | 24 | 'clean.drop': 'div[class' is not a valid CSS selector: Did not find balanced marker at 'class'
        bad-footer-pattern             | 3 | 7  | 'clean.footers': 'The post (.* appeared first on .*' is not a valid regular expression: Unclosed group (at character 34)
        zero-similarity                | 2 | 15 | 'dedup.similarity' must be more than 0 and at most 1, not 0
        similarity-above-one           | 2 | 15 | 'dedup.similarity' must be more than 0 and at most 1, not 1.5
        text-for-similarity            | 2 | 15 | 'dedup.similarity' must be a number such as 0.8, not text 'close'
        zero-max-entries               | 3 | 16 | 'retention.max-entries' must be at least 1, not 0
        cluster-without-postgresql     | 4 | 12 | a cluster needs a PostgreSQL store (store.url jdbc:postgresql://...)
        empty-cluster-node             | 2 | 9  | 'cluster.node' must not be empty
        not-a-boolean                  | 2 | 18 | 'publish.uncategorized' must be true or false, not text 'maybe'
        number-for-boolean             | 4 | 19 | 'sources.full-content' must be true or false, not the number 1
        zero-per-host                  | 2 | 13 | 'poll.per-host' must be at least 1, not 0
        socks-proxy                    | 2 | 10 | 'poll.proxy' is not usable: 'socks5://proxy.example.net:1080' is not an http URL (write a proxy as http://host:port)
        bad-websub-hub                 | 4 | 7  | 'publish.websub' is not usable: 'hub.example.org' is not an absolute URL: start it with http:// or https://
        relative-icon                  | 2 | 9  | 'publish.icon' is not usable: '/images/icon.png' is not an absolute URL: start it with http:// or https://
        bad-topic-pattern              | 3 | 16 | "'topics.patterns': 'flood(s|ing' is not a valid regular expression: Unclosed group (at character 12)"
        unknown-topic-source           | 6 | 15 | unknown source 'Harbor Notes' in topic 'harbour' (did you mean 'Harbour Notes'?)
        bad-header-name                | 5 | 7  | "header name 'X Token' may only hold letters, digits and !#$%&'*+-.^_`|~ (no spaces or ':')"
        refused-header                 | 6 | 7  | header 'Host' is set by the HTTP client and cannot be given in 'sources.headers'
        multi-line-header              | 5 | 16 | header 'X-Token' must be on one line
        auth-without-password          | 4 | 11 | 'sources.auth.password' is missing: basic auth needs both 'user' and 'password'
        unknown-category-topic         | 8 | 27 | unknown topic 'rivrs' in source 'Tagged' (did you mean 'rivers'?)
        bad-source-selector            | 5 | 14 | 'sources.clean.drop': 'p:nth-child(x)' is not a valid CSS selector: Could not parse nth-index 'x': unexpected format
        unparseable-source-max-bytes   | 4 | 16 | 'sources.max-bytes': 'lots' is not a size (write it like 1048576, 512KB, 10MB or 1GB)
        unknown-source-key             | 4 | 5  | unknown key 'full_content' (did you mean 'full-content'?)
        root-not-a-map                 | 1 | 1  | the config must be a map of keys (title, base-url, server, store, poll, publish, topics, sources, clean, dedup, retention, cluster, include), not a list
        two-documents                  | 3 | 1  | only one YAML document is allowed: remove this '---' and what follows
        empty                          | 1 | 1  | the config file is empty
        """)
    void reportsTheMistakeAtItsExactPlace(String fixture, int line, int column, String message) {
        Path file = FIXTURES.resolve(fixture + ".yml");

        assertThat(problemsOf(file)).containsExactly(
                new ConfigProblem(file, line, column, message.replace("DURATION_HOW", DURATION_HOW)));
    }

    @Test
    void reportsAllThreeMistakesOfAFileInFileOrder() {
        Path file = FIXTURES.resolve("three-mistakes.yml");

        assertThat(problemsOf(file)).containsExactly(
                new ConfigProblem(file, 3, 12, "'poll.threads' must be a whole number, not text 'many'"),
                new ConfigProblem(file, 10, 5, "unknown key 'topicz' (did you mean 'topics'?)"),
                new ConfigProblem(file, 11, 11, "duplicate source name 'Lake Post' (first at line 8)"));
    }

    @Test
    void reportsAMissingFileAtItsStart() {
        Path file = FIXTURES.resolve("no-such-config.yml");

        assertThat(problemsOf(file)).containsExactly(new ConfigProblem(file, 1, 1, "the config file does not exist"));
    }

    @Test
    void refusesYamlAliasesRatherThanReadingTheAnchorName() {
        Path file = FIXTURES.resolve("alias.yml");

        assertThat(problemsOf(file)).contains(
                new ConfigProblem(file, 7, 14, "YAML aliases (*shared) are not supported: write the value out"));
    }

    @Test
    void namesEveryProblemInTheExceptionMessageAsFileLineColumn() {
        Path file = FIXTURES.resolve("three-mistakes.yml");

        ConfigException thrown = catchThrowableOfType(ConfigException.class, () -> loader.load(file));

        assertThat(thrown.getMessage()).contains(file + ":3:12: ", file + ":10:5: ", file + ":11:11: ");
    }
}
