package io.tributary.publish;

/**
 * Makes untrusted text storable in XML 1.0. Escaping is the XML writer's job; this removes what
 * no escaping can carry: control characters other than tab, newline and carriage return,
 * U+FFFE/U+FFFF and unpaired surrogates (XML 1.0 section 2.2, "Char"). A feed reader refuses a
 * whole document over one such character, and the JDK's writer emits them verbatim.
 */
final class XmlText {
    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 cannot hold; the same instance when clean. */
    static String legal(String text) {
        int firstBad = firstIllegal(text);
        if (firstBad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, firstBad);
        for (int i = firstBad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isLegalSingle(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isLegalSingle(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A char that is legal on its own, i.e. not a surrogate half and in the Char production. */
    private static boolean isLegalSingle(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
