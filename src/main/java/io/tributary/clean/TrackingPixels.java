package io.tributary.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Images that only report a reader's visit: 1x1 images and images from known counters. */
final class TrackingPixels {
    /** Host and path prefix of image addresses that only count readers. */
    static final List<String> TRACKERS = List.of(
            "feeds.feedburner.com/~r/",
            "feeds.feedburner.com/~ff/",
            "feedproxy.google.com/~r/",
            "pixel.wp.com/",
            "stats.wordpress.com/",
            "www.google-analytics.com/",
            "google-analytics.com/",
            "pixel.quantserve.com/",
            "sb.scorecardresearch.com/",
            "b.scorecardresearch.com/",
            "ad.doubleclick.net/",
            "www.facebook.com/tr",
            "pixel.mathtag.com/",
            "feeds.wordpress.com/1.0/");

    private TrackingPixels() {
    }

    /** Whether the image, its src already absolute, is a tracking pixel. */
    static boolean isTrackingPixel(Element img) {
        return (size(img, "width") <= 1 && size(img, "height") <= 1) || fromTracker(img.attr("src"));
    }

    private static boolean fromTracker(String src) {
        try {
            URI uri = new URI(src);
            if (uri.getHost() == null) {
                return false;
            }
            String address = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getRawPath() == null ? "" : uri.getRawPath());
            return TRACKERS.stream().anyMatch(address::startsWith);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The number a width or height starts with ("1", "1px", "0"); a missing or odd value counts as large. */
    private static int size(Element img, String attribute) {
        String value = img.attr(attribute).strip();
        int digits = 0;
        while (digits < value.length() && digits < 6 && Character.isDigit(value.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? Integer.MAX_VALUE : Integer.parseInt(value.substring(0, digits));
    }
}
