package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.store.PollRecord;
import io.tributary.store.StoreSize;
import io.tributary.store.TopicDay;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StatusPageTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void showsARejectedConfigEditEscaped() {
        String html = page(Optional.of("tributary.yml:4:3: unknown key <script>alert(1)</script>"), List.of());

        assertThat(html).contains("Config edit rejected").contains("tributary.yml:4:3: unknown key &lt;script&gt;")
                .doesNotContain("<script");
    }

    @Test
    void drawsChartsAsInlineSvgWithoutScriptsOrExternalAssets() {
        String html = page(Optional.empty(), List.of(source("Calm", false, polls(3, true))));

        assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("src=")
                .doesNotContain("href=\"http");
    }

    @Test
    void drawsOneBarPerPollRedForAFailure() throws Exception {
        List<PollRecord> polls = polls(49, true);
        polls.add(new PollRecord("Calm", NOW, "timeout", false, 3000, 0, 0, 0));

        Document svg = xml(new PollChart().svg(polls));

        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(50);
        assertThat(svg.getElementsByTagName("rect").item(49).getAttributes().getNamedItem("fill").getNodeValue())
                .isEqualTo(PollChart.FAILURE);
    }

    @Test
    void drawsOneLinePerTopicOverThirtyDays() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 10);
        List<TopicDay> days = List.of(new TopicDay("rivers", today, 4), new TopicDay("rivers", today.minusDays(3), 1),
                new TopicDay("weather", today.minusDays(29), 2), new TopicDay("weather", today.minusDays(40), 9));

        Document svg = xml(new TopicDaysChart().svg(days, today));

        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        String points = svg.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points")
                .getNodeValue();
        assertThat(points.trim().split(" ")).hasSize(30);
    }

    @Test
    void escapesTopicNamesInsideTheSvg() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 10);

        Document svg = xml(new TopicDaysChart().svg(List.of(new TopicDay("a<b&c", today, 1)), today));

        assertThat(svg.getElementsByTagName("title").item(1).getTextContent()).isEqualTo("a<b&c");
    }

    private static String page(Optional<String> error, List<SourceStatus> sources) {
        StatusReport report = new StatusReport(NOW, error, sources, List.of(), new StoreSize(0, 0));
        return new String(new StatusPage().write(report), StandardCharsets.UTF_8);
    }

    static SourceStatus source(String name, boolean failing, List<PollRecord> polls) {
        return new SourceStatus(name, URI.create("https://example.org/" + name), failing ? "error: HTTP 500" : "ok",
                Optional.of(NOW), Optional.empty(), failing ? 2 : 0, Optional.of(NOW.plusSeconds(60)), 3, 120, false,
                polls);
    }

    private static List<PollRecord> polls(int count, boolean success) {
        List<PollRecord> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            polls.add(new PollRecord("Calm", NOW.minusSeconds(60L * (count - i)), success ? "ok" : "error", success,
                    100 + i, 1, 0, 0));
        }
        return polls;
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
