package io.tributary.publish;

import io.tributary.store.PublishedStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The archive pages of one feed (RFC 5005): page {@code k} holds stories
 * {@code k*N .. k*N+N-1} of the feed's story sequence (the order stories were first stored), so
 * a story once archived stays on its page, and a complete page never changes. Complete pages
 * carry {@code fh:archive} and a year-long, immutable cache lifetime; the last page, while it is
 * still filling, is served like the current feed.
 *
 * <p>A complete page is rendered once and then kept here, its bytes outside the heap (see
 * {@link #outOfHeap}), so a store with many thousands of stories costs one page of rendering per
 * change, not all of them, and no heap for the pages it keeps. Kept pages are dropped when a
 * feed's story count falls (stories were removed, so the sequence moved).
 */
final class ArchivePages {
    private static final Logger LOG = LoggerFactory.getLogger(ArchivePages.class);
    private final AtomFeedWriter atom;
    private final Map<String, PublishedFile> complete = new ConcurrentHashMap<>();
    private final Map<Optional<String>, Long> lastCounts = new ConcurrentHashMap<>();

    ArchivePages(AtomFeedWriter atom) {
        this.atom = atom;
    }

    /**
     * Renders (or reuses) every archive page of one feed into {@code into} and returns the links
     * its current document should carry to them.
     *
     * @param current the feed's current document; its id, title and head are reused
     * @param url     turns a path into an absolute URL
     */
    List<FeedLink> render(FeedDocument current, Optional<String> topic, int perPage, StorySource stories,
                          Function<String, URI> url, Map<String, PublishedFile> into) {
        long count = stories.storyCount(topic);
        if (perPage <= 0 || count <= 0) {
            return List.of();
        }
        Long before = lastCounts.put(topic, count);
        if (before != null && before > count) {
            String folder = PublishedSite.archiveFolder(topic);
            complete.keySet().removeIf(path -> path.startsWith(folder));
        }
        long pages = (count + perPage - 1) / perPage;
        long completePages = count / perPage;
        for (long page = 0; page < pages; page++) {
            String path = PublishedSite.archivePage(topic, page);
            boolean done = page < completePages;
            PublishedFile kept = done ? complete.get(path) : null;
            if (kept == null) {
                kept = page(current, topic, page, completePages, perPage, stories, url);
                if (done) {
                    kept = outOfHeap(kept);
                    complete.put(path, kept);
                }
            }
            into.put(path, kept);
        }
        List<FeedLink> links = new ArrayList<>();
        links.add(FeedLink.of("next", url.apply(PublishedSite.archivePage(topic, pages - 1))));
        if (completePages > 0) {
            links.add(FeedLink.of("prev-archive", url.apply(PublishedSite.archivePage(topic, completePages - 1))));
        }
        return links;
    }

    /**
     * A complete page never changes, and there are as many as the store has stories to fill them
     * (a hundred full articles each, for every feed): kept in the heap they would grow it for as
     * long as the store grows. Its bytes go to a file that is mapped, then unlinked at once, so
     * the operating system's page cache holds them and nothing is left on disk after the process.
     * If the file cannot be written the page stays in the heap: serving it matters more.
     */
    private PublishedFile outOfHeap(PublishedFile page) {
        try {
            Path file = Files.createTempFile("tributary-archive-", ".page");
            try {
                return page.mappedFrom(file);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit(); // a system that cannot unlink a mapped file
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not move an archive page out of the heap ({}); keeping it in memory", e.toString());
            return page;
        }
    }

    private PublishedFile page(FeedDocument current, Optional<String> topic, long page,
                               long completePages, int perPage, StorySource stories, Function<String, URI> url) {
        List<PublishedStory> oldestFirst = new ArrayList<>(stories.inSequence(topic, page * perPage, perPage));
        Collections.reverse(oldestFirst);
        boolean done = page < completePages;
        List<FeedLink> links = new ArrayList<>();
        links.add(FeedLink.of("current", current.selfUrl()));
        links.add(FeedLink.of("first", current.selfUrl()));
        links.add(FeedLink.of("last", url.apply(PublishedSite.archivePage(topic, 0))));
        if (page > 0) {
            URI older = url.apply(PublishedSite.archivePage(topic, page - 1));
            links.add(FeedLink.of("next", older));
            links.add(FeedLink.of("prev-archive", older));
        }
        if (!done) {
            // Only the page still filling points forward (to the current feed): a complete page's
            // bytes must not depend on pages after it, or a kept copy would go stale.
            links.add(FeedLink.of("previous", current.selfUrl()));
        }
        URI self = url.apply(PublishedSite.archivePage(topic, page));
        FeedDocument doc = new FeedDocument(current.id(), current.title(), self, current.alternateUrl(),
                SiteRenderer.lastChange(oldestFirst, current.updated()), current.authorName(),
                current.categoryScheme(), current.topicLabels(), oldestFirst, current.head(), links, done);
        return PublishedFile.of(atom.write(doc), PublishedFile.ATOM, doc.updated(),
                done ? PublishedFile.ARCHIVED : PublishedFile.CURRENT);
    }
}
