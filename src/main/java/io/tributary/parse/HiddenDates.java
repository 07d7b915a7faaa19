package io.tributary.parse;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;

/**
 * Date elements taken out of the entries while Rome builds its model, then put back.
 *
 * <p>Why: Rome parses every date by trying one {@code SimpleDateFormat} after another, built
 * afresh for each attempt, which was half the parse time (issue 4's benchmark). An entry's dates
 * are read by {@link ElementExtras} and {@link DateText} from the same elements, and Rome's date
 * is only the fallback when they find none (RawEntryReader). So an element is hidden only when
 * it is one ElementExtras reads for that date and DateText can read it: then Rome's value for
 * that date would not be used anyway. Rome takes each date from its own element only (RSS
 * {@code pubDate} or {@code dc:date} for published, Atom {@code published}/{@code issued} and
 * {@code updated}/{@code modified}), so nothing else Rome reports changes.
 */
final class HiddenDates {
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private final List<Element> parents = new ArrayList<>();
    private final List<Integer> indexes = new ArrayList<>();
    private final List<Element> hidden = new ArrayList<>();

    /** Detaches the readable date elements of these entries; {@link #restore} puts them back. */
    static HiddenDates hide(List<Element> entries) {
        HiddenDates dates = new HiddenDates();
        for (Element entry : entries) {
            List<Element> children = entry.getChildren();
            for (int i = 0; i < children.size(); i++) {
                Element child = children.get(i);
                if (readByElementExtras(child) && DateText.parse(child.getText()).isPresent()) {
                    dates.parents.add(entry);
                    dates.indexes.add(entry.indexOf(child));
                    dates.hidden.add(child);
                }
            }
        }
        for (Element child : dates.hidden) {
            child.detach();
        }
        return dates;
    }

    /** Whether the document had any date to hide. */
    boolean any() {
        return !hidden.isEmpty();
    }

    /** Puts every hidden element back where it was. */
    void restore() {
        // in document order, so each saved index is right again when its element goes back
        for (int i = 0; i < hidden.size(); i++) {
            parents.get(i).addContent(indexes.get(i), hidden.get(i));
        }
        hidden.clear();
        parents.clear();
        indexes.clear();
    }

    /** The names ElementExtras.published and updated read, with their namespace conditions. */
    private static boolean readByElementExtras(Element child) {
        String name = child.getName();
        switch (name) {
            case "pubDate", "published", "issued", "updated", "modified":
                return true;
            case "date":
                return DC.equals(child.getNamespaceURI());
            default:
                return false; // "created" is read too, but Rome never parses a date from it for an entry's dates
        }
    }
}
