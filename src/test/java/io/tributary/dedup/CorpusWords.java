package io.tributary.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word lists and sentence templates for the generated duplicate corpus. Names of people and
 * places are made from syllables, so that each subject has many of them; the rest is written out.
 */
final class CorpusWords {
    static final List<String> SUBJECTS = List.of("flood", "election", "harvest", "strike", "court", "bridge");

    /** Nouns per subject: every story on a subject draws from the same few. */
    static final Map<String, List<String>> NOUNS = Map.of(
            "flood", List.of("river", "levee", "rainfall", "shelter", "evacuation", "water level", "dam",
                    "sandbags", "boats", "embankment", "mudslide", "relief fund", "rescue team", "valley"),
            "election", List.of("ballot", "candidate", "turnout", "polling station", "recount", "campaign",
                    "coalition", "manifesto", "debate", "council seat", "observers", "voter roll", "runoff"),
            "harvest", List.of("wheat", "barley", "grain price", "drought", "silo", "tractor", "orchard",
                    "irrigation", "fertilizer", "yield", "cooperative", "frost", "market stall", "seed bank"),
            "strike", List.of("union", "wage offer", "picket line", "walkout", "rail service", "dock",
                    "negotiation", "shift", "overtime", "pension", "contract", "mediator", "factory floor"),
            "court", List.of("judge", "verdict", "appeal", "testimony", "defendant", "witness", "sentence",
                    "hearing", "prosecutor", "bail", "jury", "ruling", "detention", "lawyer"),
            "bridge", List.of("span", "contractor", "inspection", "toll", "traffic", "crack", "cable",
                    "budget", "ferry", "engineer", "detour", "concrete", "closure", "pillar"));

    static final List<String> VERBS = List.of("announced", "rejected", "delayed", "approved", "questioned",
            "promised", "criticised", "confirmed", "postponed", "welcomed", "doubled", "reviewed", "cut",
            "extended", "suspended", "defended");

    static final List<String> ADJECTIVES = List.of("sharp", "sudden", "long-awaited", "disputed", "modest",
            "record", "unexpected", "costly", "partial", "temporary", "fragile", "broad");

    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** A few words in another language, as a copy editor abroad would leave them. */
    static final Map<String, String> FOREIGN = Map.ofEntries(
            Map.entry("river", "río"), Map.entry("water", "agua"), Map.entry("government", "gobierno"),
            Map.entry("city", "ciudad"), Map.entry("week", "semana"), Map.entry("minister", "ministre"),
            Map.entry("residents", "habitants"), Map.entry("officials", "funcionarios"),
            Map.entry("judge", "juez"), Map.entry("union", "syndicat"), Map.entry("bridge", "puente"),
            Map.entry("price", "prix"), Map.entry("council", "conseil"), Map.entry("people", "gente"),
            Map.entry("Monday", "lunes"), Map.entry("Friday", "vendredi"), Map.entry("days", "días"),
            Map.entry("plan", "plan"), Map.entry("report", "rapport"), Map.entry("morning", "mañana"));

    /** Words a rewriting editor swaps. */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("officials", "authorities"), Map.entry("residents", "locals"),
            Map.entry("announced", "declared"), Map.entry("week", "seven days"), Map.entry("large", "big"),
            Map.entry("began", "started"), Map.entry("people", "citizens"), Map.entry("plan", "proposal"),
            Map.entry("report", "statement"), Map.entry("city", "town"), Map.entry("help", "assistance"),
            Map.entry("told", "informed"), Map.entry("quickly", "rapidly"), Map.entry("morning", "dawn"));

    /**
     * Sentence templates; slots: {p} person, {l} place, {n} and {m} nouns, {v} verb, {a} adjective,
     * {d} day, {k} a number.
     */
    static final List<String> TEMPLATES = List.of(
            "Officials in {l} {v} the {n} plan on {d} after a {a} week of talks.",
            "{p}, who leads the {n} office in {l}, said the {m} would take at least {k} days.",
            "Residents of {l} told reporters that the {n} had left them without {m} since {d}.",
            "The {a} report on the {n} was {v} by {p} late on {d} evening.",
            "{k} people gathered near the {n} in {l} to hear {p} speak about the {m}.",
            "According to {p}, the {n} in {l} cost {k} million more than the city had planned.",
            "A spokesperson for {p} {v} claims that the {m} was ignored for years.",
            "By {d} morning the {n} near {l} was the main concern of the regional government.",
            "{p} warned that a {a} {n} could follow unless the {m} is dealt with quickly.",
            "The minister visited {l} on {d} and {v} a {a} package for the {n}.",
            "Critics such as {p} argue the {n} shows how little was learned from the last {m}.",
            "In {l}, shops stayed closed as the {n} and the {m} dominated every conversation.",
            "Figures released on {d} put the cost of the {n} at {k} thousand.",
            "{p} and {q} met in {l} to discuss the {n}, but no agreement on the {m} was reached.",
            "The council of {l} {v} an emergency session on the {n} for {d}.",
            "Local radio in {l} reported that {k} families had asked for help with the {m}.",
            "{p} called the response to the {n} {a} and asked for an independent review.",
            "Engineers and volunteers worked through the night in {l} as the {n} {v} the {m} schedule.",
            "Nobody from the office of {p} answered questions about the {n} on {d}.",
            "A second meeting on the {m} is planned in {l} within {k} days, {p} said.");

    private static final List<String> SYLLABLES = List.of("ka", "ro", "mi", "tan", "vel", "sor", "dun", "pra",
            "lek", "osa", "bri", "hal", "ne", "tor", "gui", "mar", "zel", "fa", "dro", "ista", "ven", "lo");

    private CorpusWords() {
    }

    /** {@code count} invented names of two or three syllables, capitalised; {@code words} of each. */
    static List<String> names(Random random, int count, int words) {
        List<String> names = new ArrayList<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < words; w++) {
                name.append(w == 0 ? "" : " ").append(word(random));
            }
            if (!names.contains(name.toString())) {
                names.add(name.toString());
            }
        }
        return names;
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
