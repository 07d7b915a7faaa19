import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a corpus written by PollBenchCorpus.java against what issue 3 asks of it, with the JDK's
 * own XML parser: every feed well-formed, the expected number of entries, every guid unique, each
 * entry's HTML 1-6 KB, and the share of entries whose article link (tracking stripped) another
 * feed already carried. Exits 1 if any check fails.
 *
 * <p>{@code java bench/PollBenchCheck.java DIR}
 */
public final class PollBenchCheck {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String RSS1 = "http://purl.org/rss/1.0/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : usage());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder parser = factory.newDocumentBuilder();
        parser.setErrorHandler(null);

        List<String> problems = new ArrayList<>();
        Set<String> guids = new HashSet<>();
        Map<String, String> firstCarrier = new HashMap<>();
        int feeds = 0;
        int entries = 0;
        int repeats = 0;
        long htmlBytes = 0;
        int minHtml = Integer.MAX_VALUE;
        int maxHtml = 0;
        int[] dress = new int[4];   // script, pixel, "You May Also Like", "appeared first on"
        for (String line : Files.readAllLines(dir.resolve("corpus.tsv"))) {
            String file = line.split("\t")[1];
            Document doc;
            try (InputStream in = Files.newInputStream(dir.resolve("feeds").resolve(file))) {
                doc = parser.parse(in);
            } catch (Exception e) {
                problems.add(file + ": not well-formed: " + e.getMessage());
                continue;
            }
            feeds++;
            for (String[] e : entries(doc)) {   // {guid, link, html}
                entries++;
                if (!guids.add(e[0])) {
                    problems.add(file + ": guid used twice: " + e[0]);
                }
                String article = withoutQuery(e[1]);
                String earlier = firstCarrier.putIfAbsent(article, file);
                if (earlier != null) {
                    repeats++;
                    if (earlier.equals(file)) {
                        problems.add(file + ": carries the same story twice: " + article);
                    }
                }
                int size = e[2].getBytes(StandardCharsets.UTF_8).length;
                htmlBytes += size;
                minHtml = Math.min(minHtml, size);
                maxHtml = Math.max(maxHtml, size);
                if (size < 1024 || size > 6144) {
                    problems.add(file + ": entry HTML of " + size + " bytes: " + e[0]);
                }
                String[] marks = {"<script", "width=\"1\" height=\"1\"", "You May Also Like", "appeared first on"};
                for (int m = 0; m < marks.length; m++) {
                    dress[m] += e[2].contains(marks[m]) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d feeds well-formed, %d entries, %d unique guids%n", feeds, entries,
                guids.size());
        System.out.printf(Locale.ROOT, "entry HTML: min %d, mean %d, max %d bytes%n", minHtml,
                entries == 0 ? 0 : htmlBytes / entries, maxHtml);
        System.out.printf(Locale.ROOT, "repeats (article link another feed already carried): %d = %.1f %%;"
                + " distinct stories %d%n", repeats, 100.0 * repeats / Math.max(1, entries), firstCarrier.size());
        System.out.printf(Locale.ROOT, "with <script> %d, tracking pixel %d, You May Also Like %d,"
                + " WordPress footer %d%n", dress[0], dress[1], dress[2], dress[3]);
        problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
        if (!problems.isEmpty()) {
            System.out.println(problems.size() + " problem(s)");
            System.exit(1);
        }
        System.out.println("corpus OK");
    }

    /** Each entry as {guid, link, html}, whatever the feed's format. */
    private static List<String[]> entries(Document doc) {
        List<String[]> out = new ArrayList<>();
        Element root = doc.getDocumentElement();
        if (ATOM.equals(root.getNamespaceURI())) {
            NodeList list = root.getElementsByTagNameNS(ATOM, "entry");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
                out.add(new String[] {text(e, ATOM, "id"), link.getAttribute("href"), text(e, ATOM, "content")});
            }
        } else if (RDF.equals(root.getNamespaceURI())) {
            NodeList list = root.getElementsByTagNameNS(RSS1, "item");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                out.add(new String[] {e.getAttributeNS(RDF, "about"), text(e, RSS1, "link"),
                        text(e, CONTENT, "encoded")});
            }
        } else {
            NodeList list = root.getElementsByTagName("item");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                String html = text(e, CONTENT, "encoded");
                out.add(new String[] {text(e, null, "guid"), text(e, null, "link"),
                        html.isEmpty() ? text(e, null, "description") : html});
            }
        }
        return out;
    }

    private static String text(Element parent, String ns, String name) {
        NodeList list = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent();
    }

    private static String withoutQuery(String link) {
        URI uri = URI.create(link.trim());
        return uri.getScheme() + "://" + uri.getHost() + uri.getPath();
    }

    private static String usage() {
        System.err.println("usage: java bench/PollBenchCheck.java CORPUS-DIR");
        System.exit(2);
        return null;
    }
}
