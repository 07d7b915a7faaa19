package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known ways to sneak script past sanitizers. Whatever the input, the output, parsed again the
 * way a reader would, must hold no script element, no event handler and no script-capable URL.
 */
class HtmlCleanerXssTest {
    private final HtmlCleaner cleaner = new HtmlCleaner();

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example.com/x.js></SCRIPT>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<<script>alert(1)//<</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('x');\">",
        "<img src=\"x\" ONERROR=\"alert(1)\">",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"java\u0000script:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:text/html,<script>alert(1)</script>\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<details open ontoggle=alert(1)>x</details>",
        "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>",
        "<img srcset=\"javascript:alert(1)\" src=\"https://ok.example.com/a.jpg\">",
        "<time datetime=\"2024\" onmouseover=alert(1)>t</time>",
        "<a href=\"https://ok.example.com/\" onclick=\"alert(1)\">ok</a>",
        "<img src=\"/img/a.jpg\" data-src=\"javascript:alert(1)\">",
        "<img data-src=\"vbscript:msgbox(1)\">",
        "<template><script>alert(1)</script></template>",
        "<xmp><script>alert(1)</script></xmp>",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    })
    void leavesNoScriptInTheOutput(String attack) {
        String output = cleaner.clean("<p>Before</p>" + attack + "<p>After</p>", URI.create("https://news.example.org/a"));

        Document reparsed = Jsoup.parseBodyFragment(output);
        assertThat(reparsed.select("script, iframe, object, embed, svg, math, style, form")).isEmpty();
        for (Element element : reparsed.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on");
                assertThat(scheme(attribute.getValue())).isNotIn("javascript:", "data:", "vbscript:");
            }
        }
    }

    /** What a browser would take as the URL scheme: controls and spaces inside it are ignored. */
    private static String scheme(String value) {
        String squeezed = value.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        return colon < 0 ? "" : squeezed.substring(0, colon + 1);
    }
}
