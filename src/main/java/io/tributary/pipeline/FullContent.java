package io.tributary.pipeline;

import io.tributary.clean.ArticleExtractor;
import io.tributary.fetch.FetchOutcome;
import io.tributary.fetch.FetchResult;
import io.tributary.fetch.FetchState;
import io.tributary.fetch.Fetcher;
import io.tributary.parse.ParsedFeed;
import io.tributary.parse.RawEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional full-content step, for sources with {@code full-content: true} whose feeds carry
 * only teasers: each entry's article page is fetched (through the same {@link Fetcher}, so with
 * the same time, size and redirect limits) and its main article extracted by
 * {@link ArticleExtractor}; the article becomes the entry's content, the teaser its summary, and
 * the page's URL the base for its relative links. The cleaner then cleans it like any body.
 *
 * <p>Why a cache and a cap: a feed repeats its entries poll after poll, and an article page is
 * fetched once, not every poll; a feed of hundreds of entries must not become hundreds of page
 * fetches in one poll, so at most {@link #MAX_FETCHES_PER_FEED} pages are fetched per poll and
 * the rest keep their teaser until a later one. A page that fails or holds no article leaves the
 * entry as the feed gave it.
 */
final class FullContent {
    static final int MAX_FETCHES_PER_FEED = 20;
    private static final int CACHED_PAGES = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(FullContent.class);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private final Fetcher fetcher;
    private final ArticleExtractor extractor;
    /** Article by page URL, oldest dropped first; shared by poll threads, so guarded by itself. */
    private final Map<String, Optional<Article>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Article>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    private record Article(String html, URI pageUrl) {
    }

    FullContent(Fetcher fetcher, ArticleExtractor extractor) {
        this.fetcher = fetcher;
        this.extractor = extractor;
    }

    /** The feed with each entry's content replaced by its article, where one could be had. */
    ParsedFeed fill(ParsedFeed feed) {
        List<RawEntry> entries = new ArrayList<>(feed.entries().size());
        int fetches = 0;
        for (RawEntry entry : feed.entries()) {
            Optional<URI> page = pageOf(entry);
            Optional<Article> article = Optional.empty();
            if (page.isPresent()) {
                Optional<Optional<Article>> cached = cached(page.get().toString());
                if (cached.isPresent()) {
                    article = cached.get();
                } else if (fetches < MAX_FETCHES_PER_FEED) {
                    fetches++;
                    article = fetchArticle(page.get());
                    remember(page.get().toString(), article);
                }
            }
            entries.add(article.map(a -> withArticle(entry, a)).orElse(entry));
        }
        return new ParsedFeed(feed.title(), feed.link(), entries, feed.rights(), feed.hub(), feed.recovered());
    }

    private Optional<Article> fetchArticle(URI page) {
        FetchResult fetched = fetcher.fetch(page, FetchState.initial());
        if (fetched.outcome() != FetchOutcome.OK) {
            LOG.debug("full content of {}: {} {}", page, fetched.outcome(), fetched.message());
            return Optional.empty();
        }
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(fetched.body()),
                    charset(fetched.contentType()), fetched.finalUrl().toString());
            return extractor.extract(document).map(html -> new Article(html, fetched.finalUrl()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("full content of {}: unreadable page", page, e);
            return Optional.empty();
        }
    }

    /** The article only when it says more than the feed did. */
    private static RawEntry withArticle(RawEntry entry, Article article) {
        if (Jsoup.parse(article.html()).text().length() <= Jsoup.parse(entry.contentHtml()).text().length()) {
            return entry;
        }
        return new RawEntry(entry.guid(), entry.link(), entry.title(), article.html(),
                Optional.of(entry.contentHtml()).filter(c -> !c.isBlank()).or(entry::summaryHtml),
                entry.published(), entry.updated(), entry.author(), entry.categories(), article.pageUrl(),
                entry.enclosures());
    }

    private static Optional<URI> pageOf(RawEntry entry) {
        if (entry.link().isEmpty()) {
            return Optional.empty();
        }
        try {
            URI page = entry.baseUri().resolve(new URI(entry.link().get().strip()));
            String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && page.getHost() != null
                    ? Optional.of(page) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The charset a Content-Type names, or null to let jsoup look at the BOM and meta tags. */
    private static String charset(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType.get());
        return m.find() && Charset.isSupported(m.group(1)) ? m.group(1) : null;
    }

    private Optional<Optional<Article>> cached(String page) {
        synchronized (cache) {
            return Optional.ofNullable(cache.get(page));
        }
    }

    private void remember(String page, Optional<Article> article) {
        synchronized (cache) {
            cache.put(page, article);
        }
    }
}
