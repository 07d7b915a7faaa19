package io.tributary.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed body into text the way a lenient reader does: a byte order mark wins, then the
 * encoding the XML declaration names; a declaration that lies is caught by decoding strictly and
 * falling back.
 *
 * <p>The two lies seen most: Windows-1252 text declared (or defaulted) as UTF-8, which does not
 * decode as UTF-8 and is read as Windows-1252; and UTF-8 text declared as ISO-8859-1 or
 * Windows-1252, whose multi-byte sequences would become mojibake, so a body with bytes above 127
 * that decodes cleanly as UTF-8 is read as UTF-8 (real Windows-1252 prose almost never forms valid
 * UTF-8 sequences). Either fallback marks the text as guessed, so the feed is reported recovered.
 */
final class BodyDecoder {
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> SINGLE_BYTE = Set.of("iso-8859-1", "windows-1252", "us-ascii", "latin1",
            "cp1252", "iso8859-1", "iso-latin-1", "ascii");

    /** Decoded text, and whether the encoding had to be guessed against what the body said. */
    record Decoded(String text, boolean guessed) {
    }

    Decoded decode(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return lenient(body, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0x00, 0x3C)) {
            return new Decoded(new String(body, StandardCharsets.UTF_16BE).replace("\uFEFF", ""), false);
        }
        if (startsWith(body, 0xFF, 0xFE) || startsWith(body, 0x3C, 0x00)) {
            return new Decoded(new String(body, StandardCharsets.UTF_16LE).replace("\uFEFF", ""), false);
        }
        String declared = declaredEncoding(body);
        if (declared.isEmpty() || declared.equals("utf-8") || declared.equals("utf8")) {
            return lenient(body, 0, StandardCharsets.UTF_8);
        }
        if (SINGLE_BYTE.contains(declared)) {
            // Browsers read ISO-8859-1 as Windows-1252 too (WHATWG Encoding): its C1 range is never meant.
            if (hasHighBytes(body)) {
                String utf8 = strict(body, 0, StandardCharsets.UTF_8);
                if (utf8 != null) {
                    return new Decoded(utf8, true);
                }
            }
            return new Decoded(new String(body, WINDOWS_1252), false);
        }
        try {
            return new Decoded(new String(body, Charset.forName(declared)), false);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return new Decoded(lenient(body, 0, StandardCharsets.UTF_8).text(), true);
        }
    }

    /** UTF-8 when the bytes are UTF-8, else Windows-1252 (and say so). */
    private static Decoded lenient(byte[] body, int offset, Charset charset) {
        String text = strict(body, offset, charset);
        if (text != null) {
            return new Decoded(text, false);
        }
        return new Decoded(new String(body, offset, body.length - offset, WINDOWS_1252), true);
    }

    private static String strict(byte[] body, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String declaredEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean hasHighBytes(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
