package io.tributary.parse;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A media file attached to an entry (an RSS enclosure, an Atom {@code link rel="enclosure"}, a
 * Media RSS item, a JSON Feed attachment): a podcast episode, a video.
 *
 * @param url    where the file is (absolute once cleaned)
 * @param type   its MIME type, if given
 * @param length its size in bytes, if given
 */
public record Enclosure(String url, Optional<String> type, OptionalLong length) {
}
