package io.tributary.publish;

import static io.tributary.publish.AtomDom.child;
import static io.tributary.publish.AtomDom.links;
import static io.tributary.publish.AtomDom.text;
import static io.tributary.publish.Configs.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.PublishSettings;
import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Subtitle, icon, logo, hubs, generator and rights in the published Atom. */
class FeedHeadTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final PublishSettings DRESSED = new PublishSettings(10, Optional.empty(),
            List.of(URI.create("https://hub.example/"), URI.create("https://second-hub.example/publish")),
            Optional.of("Rivers, weirs and floods"), Optional.of(URI.create("https://img.example/icon.png")),
            Optional.of(URI.create("https://img.example/logo.png")), false);

    private static Element render(PublishSettings publish, List<PublishedStory> stories) throws Exception {
        PublishedSite site = new SiteRenderer().render(config(publish), new FakeStorySource(stories), NOW);
        byte[] feed = site.file("/feeds/all.atom").orElseThrow().body();
        assertThat(AtomSchema.errors(feed)).isEmpty();
        return AtomDom.parse(feed).feed();
    }

    private static PublishedStory storyWithRights(Optional<String> rights) {
        Carrier carrier = new Carrier("Valley Post", URI.create("https://valley.example/feed"),
                Optional.of("Valley Post news"), Optional.of("https://valley.example/a"), rights);
        return new PublishedStory("tag:tributary.example,2025:a", "A story", carrier.link(), "<p>a</p>", "a",
                NOW, NOW, Optional.empty(), List.of(), List.of(carrier));
    }

    @Test
    void carriesTheConfiguredSubtitleIconAndLogo() throws Exception {
        Element feed = render(DRESSED, List.of());

        assertThat(text(feed, "subtitle")).isEqualTo("Rivers, weirs and floods");
        assertThat(text(feed, "icon")).isEqualTo("https://img.example/icon.png");
        assertThat(text(feed, "logo")).isEqualTo("https://img.example/logo.png");
    }

    @Test
    void linksEveryConfiguredHubAndItself() throws Exception {
        Element feed = render(DRESSED, List.of());

        assertThat(links(feed, "hub")).extracting(link -> link.getAttribute("href"))
                .containsExactly("https://hub.example/", "https://second-hub.example/publish");
        assertThat(links(feed, "self")).extracting(link -> link.getAttribute("href"))
                .containsExactly(Configs.BASE + "/feeds/all.atom");
    }

    @Test
    void hasNoHubLinkWhenNoHubIsConfigured() throws Exception {
        Element feed = render(new PublishSettings(10, Optional.empty()), List.of());

        assertThat(links(feed, "hub")).isEmpty();
        assertThat(AtomDom.children(feed, "subtitle")).isEmpty();
    }

    @Test
    void namesTheGeneratorWithItsVersion() throws Exception {
        Element generator = child(render(DRESSED, List.of()), "generator");

        assertThat(generator.getTextContent()).isEqualTo("Tributary");
        assertThat(generator.getAttribute("version")).isNotBlank();
    }

    @Test
    void givesAnEntryTheRightsOfItsSource() throws Exception {
        Element entry = AtomDom.children(render(DRESSED, List.of(storyWithRights(Optional.of("© 2025 Valley Post")))),
                "entry").get(0);

        assertThat(text(entry, "rights")).isEqualTo("© 2025 Valley Post");
        assertThat(text(child(entry, "source"), "rights")).isEqualTo("© 2025 Valley Post");
    }

    @Test
    void claimsNoRightsWhenTheSourceGaveNone() throws Exception {
        Element entry = AtomDom.children(render(DRESSED, List.of(storyWithRights(Optional.empty()))), "entry")
                .get(0);

        assertThat(AtomDom.children(entry, "rights")).isEmpty();
    }
}
