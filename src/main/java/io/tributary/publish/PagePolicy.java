package io.tributary.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The {@code Content-Security-Policy} of an HTML page that runs no script, loads nothing and
 * styles itself with one inline {@code <style>} element: that exact stylesheet (by its SHA-256
 * hash, so not any inline style an injected tag might bring) and nothing else.
 *
 * <p>The same policy goes in the page's {@code <meta>} (for a static copy, whose host may send no
 * header) and in the server's header, which adds {@code frame-ancestors 'none'}: browsers ignore
 * that directive in a {@code <meta>} and warn about it, so it lives only in the header.
 */
public final class PagePolicy {
    /** For an HTML answer that declares no stylesheet: nothing at all may load or run. */
    public static final PagePolicy NOTHING = new PagePolicy("");

    private final String meta;

    /** @param inlineStyle the exact text of the page's one {@code <style>} element; empty for none */
    public PagePolicy(String inlineStyle) {
        String styles = inlineStyle.isEmpty() ? "" : "; style-src '" + sha256(inlineStyle) + "'";
        // img-src stays at 'none' through default-src: the pages show no images (charts are
        // inline SVG, which is markup, not a load).
        this.meta = "default-src 'none'" + styles + "; base-uri 'none'; form-action 'none'";
    }

    /** The policy for the page's {@code <meta http-equiv="Content-Security-Policy">}. */
    public String inMeta() {
        return meta;
    }

    /** The policy for the {@code Content-Security-Policy} header: the meta's plus no framing. */
    public String inHeader() {
        return meta + "; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("publish: every JDK has SHA-256", e);
        }
    }
}
