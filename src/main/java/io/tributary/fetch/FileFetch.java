package io.tributary.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a {@code file:} URL, for offline demos and tests: same size limit as HTTP, no status
 * (0), no validators, so a local feed is always read whole.
 */
final class FileFetch {

    private final BodyReader reader;
    private final OutcomeRules rules;
    private final long maxBytes;

    FileFetch(BodyReader reader, OutcomeRules rules, long maxBytes) {
        this.reader = reader;
        this.rules = rules;
        this.maxBytes = maxBytes;
    }

    Answer fetch(URI url) {
        Optional<Path> path = toPath(url);
        if (path.isEmpty()) {
            return Answer.failure(FetchOutcome.ERROR, "invalid file URL", url);
        }
        Path file = path.get();
        if (Files.isDirectory(file)) {
            return Answer.failure(FetchOutcome.ERROR, "not a file: " + file, url);
        }
        try (InputStream in = Files.newInputStream(file)) {
            BodyReader.Body body = reader.read(in);
            if (body.truncated()) {
                Verdict tooLarge = rules.forOversizedBody(maxBytes);
                return new Answer(tooLarge.outcome(), 0, body.bytes(), Optional.empty(), Optional.empty(),
                        Optional.empty(), url, tooLarge.message());
            }
            return new Answer(FetchOutcome.OK, 0, body.bytes(), Optional.empty(), Optional.empty(),
                    Optional.empty(), url, "ok");
        } catch (NoSuchFileException e) {
            return Answer.failure(FetchOutcome.ERROR, "file not found: " + file, url);
        } catch (AccessDeniedException e) {
            return Answer.failure(FetchOutcome.ERROR, "permission denied: " + file, url);
        } catch (IOException e) {
            return Answer.failure(FetchOutcome.ERROR, "cannot read file: " + file, url);
        }
    }

    /**
     * {@code file:/abs/path} and {@code file:///abs/path} name absolute paths; an opaque
     * {@code file:relative/path} is taken relative to the working directory, as a shell would.
     */
    private static Optional<Path> toPath(URI url) {
        try {
            if (url.isOpaque()) {
                return Optional.of(Path.of(url.getSchemeSpecificPart()));
            }
            return Optional.of(Path.of(url));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
