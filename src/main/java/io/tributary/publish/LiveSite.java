package io.tributary.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site the server is serving right now. It is rendered again only when the store's change
 * counter moved, so feeds are rendered once per change, never per request; readers always get a
 * whole rendering, never a half-made one.
 */
public final class LiveSite {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSite.class);

    private final Supplier<PublishedSite> renderer;
    private final LongSupplier changeCount;
    private final Optional<Path> staticCopy;
    private final SiteListener listener;
    private final AtomicReference<PublishedSite> current = new AtomicReference<>();
    private long renderedAt = Long.MIN_VALUE;

    /**
     * @param renderer    renders every file from the store as it is now
     * @param changeCount the store's change counter
     * @param staticCopy  a folder to also write the files to after each rendering, if any
     */
    public LiveSite(Supplier<PublishedSite> renderer, LongSupplier changeCount, Optional<Path> staticCopy) {
        this(renderer, changeCount, staticCopy, SiteListener.NONE);
    }

    /** As above; {@code listener} hears of each new rendering (to notify WebSub hubs). */
    public LiveSite(Supplier<PublishedSite> renderer, LongSupplier changeCount, Optional<Path> staticCopy,
                    SiteListener listener) {
        this.renderer = renderer;
        this.changeCount = changeCount;
        this.staticCopy = staticCopy;
        this.listener = listener;
    }

    /** The files being served now (rendered on first use). */
    public PublishedSite current() {
        PublishedSite site = current.get();
        if (site == null) {
            refresh();
            site = current.get();
        }
        return site;
    }

    /**
     * Renders again if the store changed since the last rendering. If rendering fails (the store
     * cannot be read), the previous files go on being served and the failure is logged.
     */
    public synchronized void refresh() {
        try {
            long version = changeCount.getAsLong();
            if (version == renderedAt && renderedAt != Long.MIN_VALUE && current.get() != null) {
                return;
            }
            PublishedSite site = renderer.get();
            PublishedSite before = current.getAndSet(site);
            renderedAt = version;
            staticCopy.ifPresent(folder -> writeCopy(site, folder));
            listener.changed(Optional.ofNullable(before), site);
        } catch (RuntimeException e) {
            LOG.error("could not render the published feeds; still serving the previous ones", e);
            current.compareAndSet(null, PublishedSite.empty());
        }
    }

    /**
     * Renders again even if the store did not change: after a config edit (title, topics), the
     * same entries are published differently.
     */
    public synchronized void rerender() {
        renderedAt = Long.MIN_VALUE;
        refresh();
    }

    private static void writeCopy(PublishedSite site, Path folder) {
        try {
            new StaticExport().write(site, folder);
        } catch (IOException e) {
            // The served copy is still good; a failed static copy must not stop serving.
            LOG.warn("could not write the published files to {}: {}", folder, e.toString());
        }
    }
}
