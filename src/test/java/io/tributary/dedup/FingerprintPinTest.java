package io.tributary.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fingerprints and folded forms computed by the code before its speed-up (issue 4), pinned: stored
 * fingerprints are compared with new ones, so any change to folding, word splitting or hashing
 * must show up here, not as missed duplicates in a store.
 */
class FingerprintPinTest {
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void keepsTheFingerprintOfAnEnglishStory() {
        assertThat(fingerprinter.fingerprint(Texts.read("ferry-strike.txt")).orElseThrow().encode())
                .isEqualTo("m1:103:gcqbMINjD06Adwo6gSTISIDVhTaCpJVLgfzshICAhCSAyr03gQGOq4Am8/yBjvnggRa+XoF/yIiA7NsHgeO3PoPxyJ+AO7BAgIviz4DdkdSEk9Oxgps8VIH6JfSDmc86hBpGZIBcHaqK3LzzgHqE1YAYzGmB/3w0hRpBJYMo5DaAEFrdgESigIJi6BCAHErag2V+IYVWc0GDUDIBgXowNoRBBGGAjv3xhE87MYZNPAiGCg9Dg62rRYvLbVeEulUjgV45eINVvyKI+2D0gztlV4DwRH+ADMSehHFlOICKzOqBxezhgTZmfoZ/8lKD/rzcgFcrNYC+BryCCEKTgw8F64I5p1CA/wHogczlhICsBoiAXLz6gJmVSYAUeYSFNQYcgnjZk4InX8yBNSekgikWKYL4pxeIydfcgBZdGot9Cx2A/MOaiAY2modlT/aDXZhYguoaGIBIKvqBmH8XgSZDdYHLHpOJyymegJEOg4CMyfSB3Y6FgHXsrIFSE0SBr+5JgRUhaIQpvOaDON0Xgp+q0oCzmlaIJdP1gLwxTYMNdLqB9TnRgw1qL4ENR+CA0PKjgm9f4YFrJyOAlGXLg4dlKIOj9oKAj2ztgPeZqYKSH96DxKPJgJ8P2ISWopGAg9QsgApQSIDGAaeAjGQIhOzaaoHEuXSDrhaChRQ+poFH/nk");
    }

    @Test
    void keepsTheFingerprintOfAStoryQuotingAnother() {
        assertThat(fingerprinter.fingerprint(Texts.read("orchard-quotes-ferry.txt")).orElseThrow().encode())
                .isEqualTo("m1:141:gLagUYLk+AaAdwo6g5wLfYCTHmuCpJVLgHEOu4AwrSGHM9HXgRPS9oAm8/yBjvnggDc5joBARwyANjIDgp51zIPxyJ+AO7BAgIviz4BO6vaCIt/BgdBWkYAcVAyBAzyHgBU3PYBcHaqBdE5AgLPwUoYAX0mB/3w0hRpBJYBEWYiA7xM4gESigIJi6BCAHEragXVIlIH5EmGC+4JJgEj23YBUtOuCqf4UgJZrmYX73yWDQiBNg62rRYEwVd6EulUjhI031YCMJ3uGPDIigfgGPoGzK7OADMSegIXsUYCKzOqA2EBMgTZmfocZ30CD/rzcgFcrNYHwZ3CCCEKTgDzUsoFLSXuAQSmEgPQD/YCsBoiAXLz6gPednYDffxiB93gXgFOb6oInX8yAnI/ngikWKYN0nFiFOtVzgBZdGoA0/PyAMm21hpvIhIHaDoSDXZhYgj2lMIBIKvqAi5hrgShZMoHLHpOC2pjpgGFDXIBT2kuCJabjgHXsrIFSE0SBr+5Jgg2uLYD93LOBCPyOgp+q0oCzmlaA6TtDgLwxTYCBXpWB9TnRgDN1BISJFZiBcqcPgqicg4FrJyOCUZ64gdl2DIFl+piBaKfHgPeZqYKSH96BCRAXgrBbhIFmR9CA1uO0gApQSIILEQGAEtRWhARZkYS99LOA82EDgDhViIGYF8g");
    }

    @Test
    void keepsTheFingerprintOfAStoryWithAFooter() {
        assertThat(fingerprinter.fingerprint(Texts.read("shared-footer-a.txt")).orElseThrow().encode())
                .isEqualTo("m1:72:gv4wuIgw5O6Hlrsoi+8ErYC/HtGDED4GgJMLLYJdkK6CF2pogmD0cIAinwaEaG3KgTBI6ocMYWqGzvEfiGcpAYQ7y82AB1cKhR4Yh4Emo++BvcRhhHDd2oHB2tGCU+WTgUPvP4maavuAL5LGjrAzxIAx5CmGqo90hTJs1ID3oPiIVi88gCNlCYTpSaOAS3dmgoIVToYF462DIzkgix0WJoJbkv6AGZqFhDAWDIN4HieAOiLPgXJ/hIB52BeM/Nj8g2Cks4JlwPyC61c1h3w9r4RTv3GBpZsXgg0+MoE9pveAwe1+hEDtUIC0Rj2Ge00qhctffoIP1qGDxM2ogFgPzYI1k+GAfwHrgAz3QYTeQJiEQUQahIpipID4k/CB/MoghXZkO4NVzLaAw21fhNuPHIA974OBT0NigAbII4D6veSCPi31h00RX4E7xH6CiwN8h0OU34HoSxuAoDYejFLCe4WNqfuBPsXvgIEws4C7dKWB4MdwhajQvYny1siCxyDMgDk5sIAEYqOCob/JgEY/2YJzlTmEqSdugNULI4YZVMSD8TUVgcc7eIL3TaqFqXpjjEDrQYLml7aGY2KVgnpfZ4Da26yGPBOdjSsiHZAyNmOC5KdKh7viaYKE+XeEedpFhjX4TYRVzOeFygiNgZWHvoMc8taAUmrygsQhFIK6x/M");
    }

    @Test
    void keepsTheFoldingAndFingerprintOfGermanText() {
        String text = "Die Stra\u00dfe am Fluss wurde gesperrt, nachdem das Hochwasser die Br\u00fccke erreicht hatte. Die Stadtverwaltung in K\u00f6ln pr\u00fcft Sch\u00e4den an Kais und D\u00e4mmen. Anwohner berichten von \u00fcberfluteten Kellern.";
        assertThat(TextFolding.fold(text)).isEqualTo("die strasse am fluss wurde gesperrt, nachdem das hochwasser die brucke erreicht hatte. die stadtverwaltung in koln pruft schaden an kais und dammen. anwohner berichten von uberfluteten kellern.");
        assertThat(fingerprinter.fingerprint(text).map(Fingerprint::encode).orElse("-")).isEqualTo("m1:20:k6ehqp/IA62NumPqhIqsooCaHN+CYNKehaJX4Yh/Xu2JkCCSig0V0I89YhSD6Y/hg8FwxYNShTGCsO1+hzlDPpOreCqA3Z10hoD5FJR/OB+S0hDOiiuLt4tMS3WVcgDxgzPXHoSIbleG/aAdjr3hrq5tbxiBgbC+hdByZqHQa/GGNEn5ou8w145iMNiA+kd0j4LfyYTe27uAn7e4mxDz6YLZDsyCOHSxhVstTI0EOByKoEwohXuL7YKE7EGIN+wGkaWPO4WaxgqP8BopiX2Kh4pZB8aCA68en19c/o5bpRSWcCEJiX5UlJyaCt2MmaUqhyXxo4wAqNiOcztBiPkwVshic/KWbkDUgB/upoPnuHCEWf66hd7VdoTnjseBJYkRgvh+Aoehzo+A6/M5hmPv04M+6WWExpqMhGtpg4GFHtCjDfZYuv/o44R1pWyBKanJjuLzHpdD+3yL27B3iGAEFrYEHcOJ7RZzkmsldaeGhDWB/M5Gk/XGy5StWV6OU5WJjFgyHaCJiESGYnmhihwefoblPwaFPjv+g3/HEYRC6sWC/f3SkLyoT4E+2eeCiWiVgi/E1Kq/8zOdOO7yggebgoArhY6gaiPPpy/awYWlhQqG6+7GjU3j05kk64yOMJLgic5W05rgHqSDsrQxg+g2bZKs7MGG5FQtgi+CmYQak6c");
    }

    @Test
    void keepsTheFoldingAndFingerprintOfGreekText() {
        String text = "\u0397 \u039f\u0394\u039f\u03a3 \u03a0\u03a1\u039f\u03a3 \u03a4\u039f \u039b\u0399\u039c\u0386\u039d\u0399 \u0388\u039a\u039b\u0395\u0399\u03a3\u0395. \u039f\u03b9 \u03ba\u03ac\u03c4\u03bf\u03b9\u03ba\u03bf\u03b9 \u03c4\u03bf\u03c5 \u03bd\u03b7\u03c3\u03b9\u03bf\u03cd \u03c0\u03b5\u03c1\u03b9\u03bc\u03ad\u03bd\u03bf\u03c5\u03bd \u03c4\u03bf \u03c0\u03bb\u03bf\u03af\u03bf \u03c4\u03b7\u03c2 \u03a4\u03c1\u03af\u03c4\u03b7\u03c2, \u03b5\u03bd\u03ce \u03bf \u03b4\u03ae\u03bc\u03bf\u03c2 \u03a3\u03a7\u0395\u0394\u0399\u0386\u0396\u0395\u0399 \u03bd\u03ad\u03b1 \u03b4\u03c1\u03bf\u03bc\u03bf\u03bb\u03cc\u03b3\u03b9\u03b1 \u03b3\u03b9\u03b1 \u03c4\u03bf\u03c5\u03c2 \u0395\u03a0\u0399\u0392\u0386\u03a4\u0395\u03a3 \u03ba\u03b1\u03b9 \u03c4\u03b1 \u03c6\u03bf\u03c1\u03c4\u03b7\u03b3\u03ac \u039f\u03a7\u0389\u039c\u0391\u03a4\u0391.";
        assertThat(TextFolding.fold(text)).isEqualTo("\u03b7 \u03bf\u03b4\u03bf\u03c2 \u03c0\u03c1\u03bf\u03c2 \u03c4\u03bf \u03bb\u03b9\u03bc\u03b1\u03bd\u03b9 \u03b5\u03ba\u03bb\u03b5\u03b9\u03c3\u03b5. \u03bf\u03b9 \u03ba\u03b1\u03c4\u03bf\u03b9\u03ba\u03bf\u03b9 \u03c4\u03bf\u03c5 \u03bd\u03b7\u03c3\u03b9\u03bf\u03c5 \u03c0\u03b5\u03c1\u03b9\u03bc\u03b5\u03bd\u03bf\u03c5\u03bd \u03c4\u03bf \u03c0\u03bb\u03bf\u03b9\u03bf \u03c4\u03b7\u03c2 \u03c4\u03c1\u03b9\u03c4\u03b7\u03c2, \u03b5\u03bd\u03c9 \u03bf \u03b4\u03b7\u03bc\u03bf\u03c2 \u03c3\u03c7\u03b5\u03b4\u03b9\u03b1\u03b6\u03b5\u03b9 \u03bd\u03b5\u03b1 \u03b4\u03c1\u03bf\u03bc\u03bf\u03bb\u03bf\u03b3\u03b9\u03b1 \u03b3\u03b9\u03b1 \u03c4\u03bf\u03c5\u03c2 \u03b5\u03c0\u03b9\u03b2\u03b1\u03c4\u03b5\u03c2 \u03ba\u03b1\u03b9 \u03c4\u03b1 \u03c6\u03bf\u03c1\u03c4\u03b7\u03b3\u03b1 \u03bf\u03c7\u03b7\u03bc\u03b1\u03c4\u03b1.");
        assertThat(fingerprinter.fingerprint(text).map(Fingerprint::encode).orElse("-")).isEqualTo("m1:27:hAjY3ICKVBqBJhWOgoXWJ4/T5K2GYCyjhRBakY4mroaByEbGgmp3yICLFtmAczriifPJd4d9AJqKJ1vMiP7Z54Lsd4WUFIiLgVDmEo0/Au2CRY0BgGytUp+m+9+Fga5IgNgDMozUPnORcKnKmYeA04ApTZiUY04Tkmlh1YSEaQOU9po/mKUmgY/WB/OZMKc4gMRxO4RtwSiIRgr8iDXdDIF8KUOQBaA7gTYmUoyp73eMUXZkgmx1K4Z7M+SLOzqpj51qbo3mePWJ67e3iqUR7Ydtwy2GWjcbgYy+IZOD4R6LFsXxgabMKoPbKamgCK4TgYxuIZU3hEeBVYNdgo/0ooKK6PyPOfBhgkUcaIA3NdKBaqJKgBkAKIzofO6ETGNmhS11VJJEjeaAn86ZkIYr35Sw5v2LZeTxkAvZl43PpHWEtA4fkwfJ5JBe+5iCIlxZjCNpZZRQZKqJ7f2FhJr1iI9XQlaCAu4QgDzJbZnzq3eAJKf3kbAruIP0kiyC512Miliwo4DbkquABLm+hJkZ6IC3LjKCzw4Ej6pvP4roufODB9Y1gONo1IflexmAg9Kjgwt0yYczxAyGxhJwletUsobUwKKHalw5h/HKaYGRooqPwCJghmI1l4TQ/ySFaldphEFNJYjKbaqDZCYEiYQDj4ht/9qGDXe6gO3uTYMe6y0");
    }

    @Test
    void keepsTheFoldingAndFingerprintOfPersianText() {
        String text = "\u062f\u0631 \u062a\u0647\u0631\u0627\u0646\u060c \u0634\u0648\u0631\u0627\u06cc \u0634\u0647\u0631 \u06af\u0632\u0627\u0631\u0634 \u062f\u0627\u062f \u06a9\u0647 \u067e\u0644 \u062a\u0627\u0632\u0647\u200c\u0627\u06cc \u0628\u0631 \u0631\u0648\u06cc \u0631\u0648\u062f\u062e\u0627\u0646\u0647 \u0633\u0627\u062e\u062a\u0647 \u0645\u06cc\u200c\u0634\u0648\u062f \u0648 \u06a9\u0634\u062a\u06cc\u200c\u0647\u0627\u06cc \u0645\u0633\u0627\u0641\u0631\u0628\u0631\u06cc \u0628\u0631\u0646\u0627\u0645\u0647\u200c\u06cc \u062c\u062f\u06cc\u062f\u06cc \u062e\u0648\u0627\u0647\u0646\u062f \u062f\u0627\u0634\u062a. \u0633\u0627\u06a9\u0646\u0627\u0646 \u0627\u06cc\u0631\u0627\u0646 \u0627\u0632 \u0627\u06cc\u0646 \u062a\u0635\u0645\u06cc\u0645 \u0627\u0633\u062a\u0642\u0628\u0627\u0644 \u06a9\u0631\u062f\u0646\u062f.";
        assertThat(TextFolding.fold(text)).isEqualTo("\u062f\u0631 \u062a\u0647\u0631\u0627\u0646\u060c \u0634\u0648\u0631\u0627\u06cc \u0634\u0647\u0631 \u06af\u0632\u0627\u0631\u0634 \u062f\u0627\u062f \u06a9\u0647 \u067e\u0644 \u062a\u0627\u0632\u0647\u0627\u06cc \u0628\u0631 \u0631\u0648\u06cc \u0631\u0648\u062f\u062e\u0627\u0646\u0647 \u0633\u0627\u062e\u062a\u0647 \u0645\u06cc\u0634\u0648\u062f \u0648 \u06a9\u0634\u062a\u06cc\u0647\u0627\u06cc \u0645\u0633\u0627\u0641\u0631\u0628\u0631\u06cc \u0628\u0631\u0646\u0627\u0645\u0647\u06cc \u062c\u062f\u06cc\u062f\u06cc \u062e\u0648\u0627\u0647\u0646\u062f \u062f\u0627\u0634\u062a. \u0633\u0627\u06a9\u0646\u0627\u0646 \u0627\u06cc\u0631\u0627\u0646 \u0627\u0632 \u0627\u06cc\u0646 \u062a\u0635\u0645\u06cc\u0645 \u0627\u0633\u062a\u0642\u0628\u0627\u0644 \u06a9\u0631\u062f\u0646\u062f.");
        assertThat(fingerprinter.fingerprint(text).map(Fingerprint::encode).orElse("-")).isEqualTo("m1:27:hvZwSIuhtreBmBkfgoabl4vgAPiAeEh1mgXSVYonJ8+CxUtqitVdWZIXc2GFT0Ciiuo1S4JR7COGgSMWgUeXWYJPaveMv58nhrcj4oEdix6NuVi3g3jV5IuH5b+Avg+0jT+b0pDUMlKRHlPqlwh34IIsdtiHHl77jkhMUImFaXGMQwDNgKQGzYSY6BSCLe1Rk3mrQIGA8HyAdcsIhUVmnIk2y06EbtF2kNPQI4WSmaKONrGOgvu0UYTtz/2Efei0kj1ao5PnJh+IW8nKhbfpMIX4gJmCXnUZgAj5Y4oh6cqBQSlrl25ufIDWCKKA1M2nho9/xYX8IDeBh5frhFG1ipv+LgaMhEq4iNPSMYOa+QOE9DKXjYMmh4Ok+5iSzRCIgRae/5LP006RvUeXh3xgboko3vaBD0qtjiHiXYmIJcWObFk5ja341I6duM6EagFem4Zq7Y4DwROB7BGGglYwNYSsoU+PH2Faiea59olG9rGAQm01h6xvPpOlZbaDATyiiQP7pYD1TDGBTLm3g7wEu4nMHpuGTLu9iTyDEoFd202AHEW8gHrC94yFvvmMU2lHhgiUTZK3h2ySPdxqhFxrhoZihvOBElflgkR7l4uK1UKBZ1SvkNML6I2mEdOJo0kmmbH9/o4Uk+6Dad2YlyquiIzfE1qDOxdJgx0v2oA6dn8");
    }

    @Test
    void keepsTheFoldingAndFingerprintOfMixedPunctuationText() {
        String text = "Caf\u00e9 owners in Tehr\u0101n \ud83d\udea2 said the ferry\u2019s timetable \u2014 \u201cfinally\u201d \u2014 will change\u2026 R\u00e9sum\u00e9 of the harbour council\u2019s \ufb01ndings: \ufb02ood barriers, weir repairs and tidal pumps at the quay.\u00a0Na\u00efve co\u00f6peration!";
        assertThat(TextFolding.fold(text)).isEqualTo("cafe owners in tehran \ud83d\udea2 said the ferry\u2019s timetable \u2014 \u201cfinally\u201d \u2014 will change\u2026 resume of the harbour council\u2019s findings: flood barriers, weir repairs and tidal pumps at the quay.\u00a0naive cooperation!");
        assertThat(fingerprinter.fingerprint(text).map(Fingerprint::encode).orElse("-")).isEqualTo("m1:19:hj8uq4OhvzWNTVIdjt4yVpYq2CuC4Haoke3Y8oFB+ZKF6DyRjjzf24zzR2eQDGxZhU1hXIhFuqOAExzbkeWjWIPdmhuB67aVgM6tvo2ljUi3gIoriiIbuI1XUt2AQBdQgRQOXIJoysKHM2yyn89ZmJNAbiOMYSPAkCBTroFLaNiJcYtKnygSk5FCaaGI2PptoL1cXplLk26ZaVbAgCtuBYCg02eBEdJzpZ5zc5nx3piB6N5iiz9rWI+Vb4yXjyybilmoio0AliGB8OiPkJtDeo5LOSKG7rChg/xoKYPZuT2IFstyhrShGYThN62EWjwqkg+ZBJVkkHOEB+JQknu15IbR+8SZQD8dk9Vu/4wyDpTAaSPEhULznIwmGdiFbkVskBbrDId7PcKDEX6Ej1CwR5HsTTaDadZesDAsNZ1+TsGIU0qoizCONYHFZg+B8C80g8/6tZgG0QuAFKXaoHuX0YX5lteF1DBMniE2aIeBlCyGB0hOk9+vy55sJhOKZdS9ggUXW4S1KiuaxmO0gjNNrYaFr4yQHqs8kipw6YISK7qLHfQMj3kS4YwVH+eH6+7Ar4iQc4BvQnaKNooihO6EjYJk2V6JblULnIVzUYm0opeGYkacg70wTIJoATSH0sI+lHJW/IFcsKWAx84ngEWYKomo0K6X2Ry4wy/LtY6LG/k");
    }
}
