package io.tributary.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text-level repairs of the mistakes feeds make most, applied only after a strict parse failed
 * (so a well-formed feed is never touched). Each returns new text; none reads anything outside it.
 */
final class XmlRepair {
    /**
     * A DOCTYPE with no internal subset (Netscape's RSS 0.91 DTD): it declares nothing we would
     * use, so it is dropped unread. One with an internal subset ({@code [...]}) is never matched.
     */
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+[\\w:.-]+(?:\\s+(?:PUBLIC\\s+(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*')(?:\\s+(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*'))?"
                    + "|SYSTEM\\s+(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*')))?\\s*>");
    private static final Pattern ANY_DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_ENTRY_END = Pattern.compile("</(?:[\\w.-]+:)?(?:item|entry)\\s*>");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int MAX_ENTITY_NAME = 32;

    private XmlRepair() {
    }

    /** The text without a harmless leading DOCTYPE (one without internal subset). */
    static String withoutPlainDoctype(String text) {
        int at = text.indexOf("<!DOCTYPE");
        if (at < 0 || at > 4096) {
            return text;
        }
        Matcher m = PLAIN_DOCTYPE.matcher(text);
        return m.find(at) && m.start() == at ? text.substring(0, at) + text.substring(m.end()) : text;
    }

    /**
     * Whether a DOCTYPE is left in the prolog: then the document is refused whatever else is wrong
     * with it. Only the prolog is searched (a DOCTYPE after the root element's start is a syntax
     * error the parser, which refuses every DOCTYPE anyway, reports), so a large feed is not
     * scanned twice.
     */
    static boolean hasDoctype(String text) {
        int rootStart = 0;
        while (true) {
            rootStart = text.indexOf('<', rootStart);
            if (rootStart < 0 || rootStart + 1 >= text.length()) {
                rootStart = text.length();
                break;
            }
            char next = text.charAt(rootStart + 1);
            if (next != '?' && next != '!') {
                break;
            }
            rootStart++;
        }
        return ANY_DOCTYPE.matcher(text).region(0, rootStart).find();
    }

    /** The text from its first {@code <}: white space (or a stray BOM) before the prolog removed. */
    static String fromFirstMarkup(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        return text.substring(start);
    }

    /**
     * HTML named entities made numeric references ({@code &nbsp;} is not XML), unknown names and
     * bare ampersands escaped, characters XML 1.0 forbids (most C0 controls, U+FFFE/FFFF, lone
     * surrogates) dropped. CDATA sections and comments are copied as they are, controls aside.
     */
    static String fixEntitiesAndControls(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("<![CDATA[", i) || text.startsWith("<!--", i)) {
                String end = text.startsWith("<!--", i) ? "-->" : "]]>";
                int close = text.indexOf(end, i + 4);
                int stop = close < 0 ? n : close + end.length();
                appendLegal(out, text, i, stop);
                i = stop;
            } else if (text.charAt(i) == '&') {
                i = appendReference(out, text, i);
            } else {
                appendLegal(out, text, i, i + 1);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A document cut off in the middle, cut again after its last complete item or entry and with
     * every element still open closed, so the entries before the break can be read. Without a
     * complete entry, the open elements are closed where the text ends.
     */
    static String closedAfterLastEntry(String text) {
        Matcher m = LAST_ENTRY_END.matcher(text);
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        String kept = cut < 0 ? text : text.substring(0, cut);
        return closeOpenElements(kept);
    }

    private static String closeOpenElements(String text) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        int n = text.length();
        int end = n;
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            int skipTo = skipSpecial(text, lt);
            if (skipTo != lt) {
                if (skipTo < 0) {
                    end = lt; // an unfinished comment or CDATA is dropped
                    break;
                }
                i = skipTo;
                continue;
            }
            int gt = tagEnd(text, lt);
            if (gt < 0) {
                end = lt; // an unfinished tag is dropped
                break;
            }
            track(open, text.substring(lt + 1, gt));
            i = gt + 1;
        }
        StringBuilder out = new StringBuilder(end + 64).append(text, 0, end);
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append('>');
        }
        return out.toString();
    }

    /** Where scanning goes on after a comment, CDATA, PI or declaration at {@code lt}; lt if none; -1 if unfinished. */
    private static int skipSpecial(String text, int lt) {
        String[][] pairs = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}, {"<!", ">"}};
        for (String[] pair : pairs) {
            if (text.startsWith(pair[0], lt)) {
                int close = text.indexOf(pair[1], lt + pair[0].length());
                return close < 0 ? -1 : close + pair[1].length();
            }
        }
        return lt;
    }

    /** The index of the {@code >} ending the tag at {@code lt}, quotes respected; -1 if none. */
    private static int tagEnd(String text, int lt) {
        char quote = 0;
        for (int j = lt + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return -1;
    }

    private static void track(Deque<String> open, String tag) {
        if (tag.endsWith("/")) {
            return;
        }
        boolean closing = tag.startsWith("/");
        String name = (closing ? tag.substring(1) : tag).strip().split("[\\s/]", 2)[0];
        if (name.isEmpty()) {
            return;
        }
        if (!closing) {
            open.push(name);
        } else if (open.contains(name)) {
            while (!open.isEmpty() && !open.pop().equals(name)) {
                // elements left open inside the closed one are closed with it, as HTML does
            }
        }
    }

    private static int appendReference(StringBuilder out, String text, int amp) {
        int semicolon = text.indexOf(';', amp);
        if (semicolon < 0 || semicolon - amp > MAX_ENTITY_NAME + 1) {
            out.append("&amp;");
            return amp + 1;
        }
        String name = text.substring(amp + 1, semicolon);
        if (name.matches("#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}")) {
            int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            if (isLegal(codePoint)) {
                out.append('&').append(name).append(';');
            }
            return semicolon + 1;
        }
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
            out.append("&amp;");
            return amp + 1;
        }
        if (XML_ENTITIES.contains(name)) {
            out.append('&').append(name).append(';');
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        } else {
            out.append("&amp;").append(name).append(';');
        }
        return semicolon + 1;
    }

    private static void appendLegal(StringBuilder out, String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (Character.isHighSurrogate(c) && j + 1 < text.length() && Character.isLowSurrogate(text.charAt(j + 1))) {
                out.append(c).append(text.charAt(j + 1));
                j++;
            } else if (!Character.isSurrogate(c) && isLegal(c)) {
                out.append(c);
            }
        }
    }

    /** XML 1.0 section 2.2, Char. */
    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
