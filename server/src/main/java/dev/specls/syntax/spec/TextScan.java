package dev.specls.syntax.spec;

import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scans of raw text that several formats share: markers, placeholders, paths, id lists. */
final class TextScan {

    private static final String CLARIFICATION = "[NEEDS CLARIFICATION";

    /**
     * Template placeholders: two or more upper-case words in brackets, {@code [###-feature-name]}, {@code [DATE]};
     * the templates' mixed-case ones, which start with an example or an instruction to the writer
     * ({@code [e.g., Python 3.11]}, {@code [Brief Title]}, {@code [Describe this user journey …]}) or name a
     * slot ({@code [Entity 1]}, {@code [link]}, {@code [YYYY-MM-DD]}), unless a link follows; and
     * {@code {{FEATURE_NAME}}} slots.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[(?:[A-Z][A-Z0-9]*(?:[ _][A-Z0-9]+)+|###[^\\]\\n]*|DATE|FEATURE|TITLE|DESCRIPTION|LINK)\\]"
            + "|\\[(?:(?i:e\\.g\\.)[^\\[\\]\\n]*"
            + "|(?:Describe|Explain|Brief|Measurable|Specific|Initial state|Expected outcome|Key attributes|What it|Insert|Enter|Fill in|Replace|Your)"
            + "\\b[^\\[\\]\\n]*"
            + "|(?i:title|link|date|name|feature name|project name|phase name|task name|milestone name|entity \\d+|yyyy-mm-dd|boundary condition)"
            + ")\\](?![(\\[:])"
            + "|\\{\\{\\s*[A-Z][A-Z0-9_]*\\s*\\}\\}");

    /** The first letters of the placeholders of {@link #PLACEHOLDER} that may be written in lower case ({@code [e.g., …]}, {@code [title]}). */
    private static final String SLOT_INITIALS = "eltdnfpmyb";

    /** An id as the formats write them: a prefix with a number ({@code FR-001}, {@code T012}, {@code US1}) or dotted numbers. */
    static final Pattern ID = Pattern.compile("(?<![\\w.-])(?:[A-Za-z]{1,8}-?\\d+[a-z]?|\\d+(?:\\.\\d+)*)(?![\\w-]|\\.\\d)");

    private static final java.util.Set<String> EXTENSIONS = java.util.Set.of(
            "py", "ts", "tsx", "js", "jsx", "mjs", "java", "kt", "go", "rs", "rb", "cs", "swift", "c", "h", "cpp", "hpp", "md", "json",
            "yaml", "yml", "toml", "sql", "sh", "html", "css", "scss", "vue", "svelte", "proto", "txt", "cfg", "ini", "xml", "gradle", "lock");

    private static final String WRAPPERS = "`'\"()[]{}<>*_";
    private static final String TRAILING = ".,;:!?";

    private TextScan() {
    }

    /** {@code [NEEDS CLARIFICATION: …]} markers between {@code start} and {@code end}, each to its closing bracket or line end. */
    static void clarifications(String text, int start, int end, List<SpecNotice> into) {
        int at = indexIn(text, CLARIFICATION, start, end);
        while (at >= 0) {
            int lineEnd = MarkdownBlocks.lineEnd(text, at);
            int close = indexIn(text, "]", at, lineEnd);
            int stop = close >= 0 ? close + 1 : lineEnd;
            into.add(new SpecNotice(NoticeKind.NEEDS_CLARIFICATION, new Span(at, stop), text.substring(at, stop)));
            at = indexIn(text, CLARIFICATION, stop, end);
        }
    }

    /** The first index of {@code needle} that starts in {@code [start, end)}, or -1: never searches past {@code end}. */
    static int indexIn(String text, String needle, int start, int end) {
        char first = needle.charAt(0);
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when one of the lower-case {@code words} starts in {@code [start, end)}, in any case: a cheap test before a case-insensitive
     * pattern that needs one of them.
     */
    static boolean containsIgnoringCase(String text, int start, int end, List<String> words) {
        for (int i = start; i < end; i++) {
            // Setting bit 0x20 lowers an ASCII capital; of all characters only the two cases of a letter become that letter.
            char lower = (char) (text.charAt(i) | 0x20);
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                if (lower == word.charAt(0) && text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Template placeholders left between {@code start} and {@code end}, outside code (the caller's blocks exclude code). */
    static void placeholders(String text, Span block, List<SpecNotice> into) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        // Every placeholder opens with a bracket or a brace: the pattern is tried only there, not at every character of the block.
        int at = block.start();
        while ((at = nextOpening(text, at, block.end())) >= 0) {
            matcher.region(at, block.end());
            if (!matcher.lookingAt()) {
                at++;
                continue;
            }
            at = matcher.end();
            String found = matcher.group();
            if (found.startsWith(CLARIFICATION) || found.equals("[NEEDS CLARIFICATION]") || inCodeSpan(text, block.start(), matcher.start())) {
                continue;
            }
            into.add(new SpecNotice(NoticeKind.PLACEHOLDER, new Span(matcher.start(), matcher.end()), found));
        }
    }

    /**
     * The next bracket or brace a placeholder may open with: a {@code [} before a capital, {@code #} or the first letter of one of
     * the lower-case slot names, or {@code {{}. A task's {@code [ ]} and {@code [x]} are passed by.
     */
    private static int nextOpening(String text, int from, int end) {
        for (int i = from; i + 1 < end; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '[' && ((next >= 'A' && next <= 'Z') || next == '#' || SLOT_INITIALS.indexOf(next) >= 0)) || (c == '{' && next == '{')) {
                return i;
            }
        }
        return -1;
    }

    /** True when an odd number of backticks precede {@code at} on its line of the block: the text is quoted code, not a slot. */
    private static boolean inCodeSpan(String text, int blockStart, int at) {
        boolean inside = false;
        for (int i = at - 1; i >= blockStart && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '`') {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Paths the text names: a word with a slash, or a file name with a known extension; one pass over the words. */
    static List<Mention> paths(String text, int start, int end) {
        List<Mention> paths = new ArrayList<>();
        int at = start;
        while (at < end) {
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int wordEnd = at;
            while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int from = at;
            int to = wordEnd;
            while (from < to && WRAPPERS.indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && (WRAPPERS.indexOf(text.charAt(to - 1)) >= 0 || TRAILING.indexOf(text.charAt(to - 1)) >= 0)) {
                to--;
            }
            if (to > from && looksLikePath(text, from, to)) {
                paths.add(new Mention(text.substring(from, to), new Span(from, to)));
            }
            at = wordEnd;
        }
        return paths;
    }

    /** Whether the word {@code text[from, to)} names a path; reads the word in place, since most words of a description are none. */
    private static boolean looksLikePath(String text, int from, int to) {
        int slash = -1;
        int dot = -1;
        boolean letter = false;
        boolean section = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '/') {
                if (slash < 0) {
                    slash = i;
                }
                if (i + 1 < to && text.charAt(i + 1) == '/' && (i == from || text.charAt(i - 1) == ':')) {
                    return false;
                }
            } else if (c == '.') {
                dot = i;
            } else if (c == '§') {
                section = true;
            }
            letter |= Character.isLetter(c);
        }
        if (!letter) {
            return false;
        }
        if (slash > from || (slash == from && to - from > 1)) {
            return !section;
        }
        return dot > from && EXTENSIONS.contains(text.substring(dot + 1, to).toLowerCase(Locale.ROOT));
    }

    /** The ids of a comma, space or "and" separated list ({@code 1.1, 2.3}; {@code T012 and T013}). */
    static List<Mention> ids(String text, int start, int end) {
        List<Mention> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(text).region(start, end);
        while (matcher.find()) {
            ids.add(new Mention(matcher.group(), new Span(matcher.start(), matcher.end())));
        }
        return ids;
    }

    /** True when the trimmed value says there is nothing: {@code none}, {@code -}, {@code n/a}. */
    static boolean saysNone(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        while (word.endsWith(".")) {
            word = word.substring(0, word.length() - 1);
        }
        return word.isEmpty() || word.equals("none") || word.equals("-") || word.equals("—") || word.equals("n/a") || word.equals("nothing");
    }

    /** The index of the first character at or after {@code from} that is not a space or tab. */
    static int skipBlanks(String text, int from, int end) {
        int at = from;
        while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** The end of the text without trailing blanks, never before {@code start}. */
    static int trimEnd(String text, int start, int end) {
        int at = end;
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
