package io.tributary.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds actually write, from the element's raw text. Rome's own parsing gives
 * up (returns null) on many of them, and a lost date makes an old entry look new.
 *
 * <p>RFC 822 / 2822 in its common variants: day name in any case or absent, missing seconds,
 * two-digit years (00-49 are 2000-2049, 50-99 are 1950-1999, as RFC 2822 section 4.3 says),
 * numeric or named zones ({@code EST}, {@code PDT}, {@code CEST}...; a missing or unknown zone is
 * read as UTC). ISO 8601 / RFC 3339 variants: a space instead of {@code T}, no seconds, fractional
 * seconds, an offset with or without its colon, a date alone.
 */
final class DateText {
    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[a-z]+\\.?,?\\s+)?(\\d{1,2})[\\s-]+([a-z]+)\\.?[\\s-]+(\\d{2,4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(.*)$");
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?"
                    + "\\s*(z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?)?$");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("^(?:gmt|utc|ut)?([+-])(\\d{1,2}):?(\\d{2})?$");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    /** Zone names feeds use, with their offsets in hours; the ambiguous ones (IST) are left out. */
    private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("wet", 0),
            Map.entry("west", 1), Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("met", 1),
            Map.entry("cest", 2), Map.entry("mest", 2), Map.entry("eet", 2), Map.entry("eest", 3),
            Map.entry("msk", 3), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
            Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8),
            Map.entry("pdt", -7), Map.entry("akst", -9), Map.entry("akdt", -8), Map.entry("hst", -10),
            Map.entry("jst", 9), Map.entry("kst", 9), Map.entry("aest", 10), Map.entry("aedt", 11),
            Map.entry("nzst", 12), Map.entry("nzdt", 13));

    private DateText() {
    }

    /** The instant the text names, or empty when it is no date this reader knows. */
    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String clean = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (clean.isEmpty() || clean.length() > 100) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(clean);
            if (iso.matches()) {
                return iso(iso);
            }
            Matcher rfc = RFC822.matcher(clean);
            if (rfc.matches()) {
                return rfc822(rfc);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // the 31st of February and other impossible dates
        }
        return Optional.empty();
    }

    private static Optional<Instant> iso(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        LocalDateTime time = m.group(4) == null ? date.atStartOfDay()
                : date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        return zone(m.group(8) == null ? "" : m.group(8)).map(offset -> time.toInstant(offset));
    }

    private static Optional<Instant> rfc822(Matcher m) {
        int month = month(m.group(2));
        if (month == 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (m.group(3).length() == 3) {
            year += 1900; // RFC 2822 4.3: a three-digit year is 1900 plus it
        }
        LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
        LocalDateTime time = m.group(4) == null ? date.atStartOfDay()
                : date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        String zone = m.group(7).strip().replaceAll("\\s*\\(.*\\)$", "");
        return Optional.of(time.toInstant(zone(zone).orElse(ZoneOffset.UTC)));
    }

    private static int month(String name) {
        if (name.length() < 3) {
            return 0;
        }
        String prefix = name.substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A zone offset; empty text is UTC, an unknown name is empty. */
    private static Optional<ZoneOffset> zone(String zone) {
        if (zone.isEmpty()) {
            return Optional.of(ZoneOffset.UTC);
        }
        Integer hours = NAMED_ZONES.get(zone);
        if (hours != null) {
            return Optional.of(ZoneOffset.ofHours(hours));
        }
        Matcher numeric = NUMERIC_ZONE.matcher(zone);
        if (numeric.matches()) {
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            int h = Integer.parseInt(numeric.group(2));
            int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * minutes));
        }
        return Optional.empty();
    }
}
