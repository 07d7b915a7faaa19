package io.tributary.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the charset of the HTTP {@code Content-Type} to a body, in the order RFC 7303
 * (section 3.2 and appendix C) sets for XML: a byte order mark first, then the HTTP charset,
 * then the XML declaration's {@code encoding}, then UTF-8. The XML reader already handles the
 * BOM and the declaration; this class only steps in when HTTP names a charset and no BOM is
 * there, and re-encodes the body as UTF-8 with its declaration saying so, so the reader's own
 * detection then agrees with HTTP.
 */
final class DeclaredCharset {
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");
    private static final Pattern ENCODING_DECL = Pattern.compile("^(\\s*<\\?xml[^>]*?encoding\\s*=\\s*)([\"'])[^\"']*\\2");

    /** The body as UTF-8 when HTTP named a charset that decodes it and no BOM overrides it; else as is. */
    byte[] apply(byte[] body, Optional<String> contentType) {
        Optional<Charset> charset = contentType.flatMap(DeclaredCharset::charsetOf);
        if (charset.isEmpty() || hasBom(body) || charset.get().equals(StandardCharsets.UTF_8)
                && !declaresOtherEncoding(body)) {
            return body;
        }
        Optional<String> text = decode(body, charset.get());
        if (text.isEmpty()) {
            // A header that cannot decode the body is wrong; the body's own declaration decides.
            return body;
        }
        Matcher declaration = ENCODING_DECL.matcher(text.get());
        String utf8 = declaration.find()
                ? declaration.replaceFirst("$1$2UTF-8$2")
                : text.get();
        return utf8.getBytes(StandardCharsets.UTF_8);
    }

    static Optional<Charset> charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1).toUpperCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean declaresOtherEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)").matcher(head);
        return m.find() && !m.group(1).equalsIgnoreCase("UTF-8") && !m.group(1).equalsIgnoreCase("UTF8");
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf
                || b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe);
    }

    private static Optional<String> decode(byte[] body, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
