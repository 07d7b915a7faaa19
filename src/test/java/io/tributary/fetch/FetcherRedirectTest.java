package io.tributary.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Redirects: followed to a limit, loops stopped, and the final URL reported. */
class FetcherRedirectTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    @Test
    void followsARedirectAndReportsWhereTheBodyCameFrom() {
        redirect("/old", "/new", 301);
        server.stubFor(get("/new").willReturn(aResponse().withStatus(200).withBody("moved feed")));

        FetchResult result = fetch(Fixtures.settings(), "/old", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(result.body())).isEqualTo("moved feed");
        assertThat(result.finalUrl()).isEqualTo(url("/new"));
    }

    @Test
    void followsAsManyRedirectsAsAllowed() {
        redirect("/hop1", "/hop2", 302);
        redirect("/hop2", "/end", 307);
        server.stubFor(get("/end").willReturn(aResponse().withStatus(200).withBody("end")));

        FetchResult result = fetch(Fixtures.withMaxRedirects(2), "/hop1", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.finalUrl()).isEqualTo(url("/end"));
    }

    @Test
    void oneRedirectMoreThanAllowedIsAnError() {
        redirect("/hop1", "/hop2", 302);
        redirect("/hop2", "/hop3", 302);
        redirect("/hop3", "/end", 302);
        server.stubFor(get("/end").willReturn(aResponse().withStatus(200).withBody("end")));

        FetchResult result = fetch(Fixtures.withMaxRedirects(2), "/hop1", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("too many redirects");
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/end")))).isEmpty();
    }

    @Test
    void redirectLoopIsAnError() {
        redirect("/ping", "/pong", 302);
        redirect("/pong", "/ping", 302);

        FetchResult result = fetch(Fixtures.settings(), "/ping", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("too many redirects");
    }

    @Test
    void conditionalHeadersFollowTheRedirect() {
        redirect("/old", "/new", 301);
        server.stubFor(get("/new").willReturn(aResponse().withStatus(304)));
        FetchState state = new FetchState(Optional.of("\"v1\""), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, Optional.empty());

        FetchResult result = fetch(Fixtures.settings(), "/old", state);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        server.verify(getRequestedFor(urlEqualTo("/new")).withHeader("If-None-Match", equalTo("\"v1\"")));
    }

    @Test
    void redirectWithoutLocationIsAnError() {
        server.stubFor(get("/nowhere").willReturn(aResponse().withStatus(302)));

        FetchResult result = fetch(Fixtures.settings(), "/nowhere", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("HTTP 302");
    }

    @Test
    void aChainOfPermanentRedirectsReportsTheNewHome() {
        redirect("/first", "/second", 301);
        redirect("/second", "/home", 308);
        server.stubFor(get("/home").willReturn(aResponse().withStatus(200).withBody("feed")));

        FetchResult result = fetch(Fixtures.settings(), "/first", FetchState.initial());

        assertThat(result.movedTo()).contains(url("/home"));
    }

    @Test
    void oneTemporaryHopMeansTheFeedHasNotMoved() {
        redirect("/first", "/second", 301);
        redirect("/second", "/home", 302);
        server.stubFor(get("/home").willReturn(aResponse().withStatus(200).withBody("feed")));

        FetchResult result = fetch(Fixtures.settings(), "/first", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.movedTo()).isEmpty();
    }

    @Test
    void seeOtherAndTemporaryRedirectsAreNotMoves() {
        redirect("/a", "/b", 303);
        redirect("/b", "/c", 307);
        server.stubFor(get("/c").willReturn(aResponse().withStatus(200).withBody("feed")));

        FetchResult result = fetch(Fixtures.settings(), "/a", FetchState.initial());

        assertThat(result.finalUrl()).isEqualTo(url("/c"));
        assertThat(result.movedTo()).isEmpty();
    }

    @Test
    void sixHopsAreTooManyByDefault() {
        for (int i = 1; i <= 6; i++) {
            redirect("/hop" + i, "/hop" + (i + 1), 301);
        }
        server.stubFor(get("/hop7").willReturn(aResponse().withStatus(200).withBody("end")));

        FetchResult result = fetch(Fixtures.settings(), "/hop1", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("too many redirects");
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/hop7")))).isEmpty();
    }

    @Test
    void fiveHopsAreFollowedByDefault() {
        for (int i = 1; i <= 5; i++) {
            redirect("/step" + i, "/step" + (i + 1), 301);
        }
        server.stubFor(get("/step6").willReturn(aResponse().withStatus(200).withBody("end")));

        FetchResult result = fetch(Fixtures.settings(), "/step1", FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.movedTo()).contains(url("/step6"));
    }

    private static void redirect(String from, String to, int status) {
        server.stubFor(get(from).willReturn(aResponse().withStatus(status).withHeader("Location", to)));
    }

    private static FetchResult fetch(FetchSettings settings, String path, FetchState state) {
        try (Fetcher fetcher = new Fetcher(settings)) {
            return fetcher.fetch(url(path), state);
        }
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }
}
