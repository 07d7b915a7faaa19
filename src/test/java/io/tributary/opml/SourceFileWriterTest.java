package io.tributary.opml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileWriterTest {
    @TempDir
    Path work;

    @Test
    void writesTitlesWithYamlSyntaxAsPlainStrings() throws Exception {
        Path file = work.resolve("sources.d/imported.yml");

        new SourceFileWriter().write(file, List.of(new OpmlImport.NewSource("News: \"Late\" # edition \\ two",
                "https://n.example.org/feed?x=1#y", List.of("rivers"))), "list.opml");

        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        assertThat(yaml.get("sources").get(0).get("name").asText()).isEqualTo("News: \"Late\" # edition \\ two");
        assertThat(yaml.get("sources").get(0).get("url").asText()).isEqualTo("https://n.example.org/feed?x=1#y");
        assertThat(yaml.get("sources").get(0).get("topics").get(0).asText()).isEqualTo("rivers");
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path file = work.resolve("taken.yml");
        new SourceFileWriter().write(file, List.of(), "a.opml");

        assertThatThrownBy(() -> new SourceFileWriter().write(file, List.of(), "b.opml"))
                .isInstanceOf(FileAlreadyExistsException.class);
    }
}
