package dev.specls.syntax.plan;

import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the regions an author reads as XML (fenced blocks, and {@code <phases>} elements in the prose) the way a
 * Markdown reader shows them: fences open on a line of their own, after indentation or blockquote markers, and
 * close on a line of the same fence characters; backticks inside a line are inline code. One pass, which visits only
 * the lines that start with a backtick or a tilde.
 */
final class PlanRegions {

    private static final String PHASES_OPEN = "<phases";
    private static final String PHASES_CLOSE = "</phases>";

    private PlanRegions() {
    }

    static List<PlanRegion> scan(String text, BacktickRuns backticks) {
        List<PlanRegion> fences = fences(text, backticks);
        List<PlanRegion> regions = new ArrayList<>(fences.size() + 1);
        int fenceIndex = 0;
        int from = 0;
        InlineCode inlineCode = new InlineCode(text);
        while (true) {
            int open = text.indexOf(PHASES_OPEN, from);
            if (open < 0) {
                break;
            }
            while (fenceIndex < fences.size() && fences.get(fenceIndex).span().end() <= open) {
                regions.add(fences.get(fenceIndex++));
            }
            if (fenceIndex < fences.size() && fences.get(fenceIndex).span().start() <= open) {
                from = fences.get(fenceIndex).span().end();
                continue;
            }
            int afterName = open + PHASES_OPEN.length();
            if ((afterName < text.length() && !isTagNameEnd(text.charAt(afterName))) || inlineCode.inside(open)) {
                from = afterName;
                continue;
            }
            int close = text.indexOf(PHASES_CLOSE, afterName);
            if (close < 0) {
                break;
            }
            Span span = new Span(open, close + PHASES_CLOSE.length());
            regions.add(region(text, PlanRegion.Kind.RAW_PHASES, span, span, null, true, false));
            from = span.end();
        }
        regions.addAll(fences.subList(fenceIndex, fences.size()));
        return List.copyOf(regions);
    }

    /**
     * Only a line whose first character after its indentation and blockquote markers is a backtick or a tilde
     * can open or close a fence, so the scan jumps from one such character to the next ({@code indexOf}) and
     * looks back to see whether it opens its line; inside a fence only its own character is searched for.
     */
    private static List<PlanRegion> fences(String text, BacktickRuns backticks) {
        List<PlanRegion> fences = new ArrayList<>();
        int length = text.length();
        char fenceChar = 0;
        int fenceLength = 0;
        int openerStart = 0;
        int contentStart = 0;
        Span info = null;
        boolean quoted = false;
        Occurrences tildes = new Occurrences(text, '~');
        Occurrences newlines = new Occurrences(text, '\n');
        int from = 0;
        while (from < length) {
            // Outside a fence a tilde counts only before the next backtick, so the prose is searched for one, not the whole text.
            int markers = fenceChar == '`' ? backticks.nextFrom(from, length)
                    : fenceChar == '~' ? tildes.from(from)
                    : indexOf(text, '~', from, backticks.nextFrom(from, length));
            if (markers >= length) {
                break;
            }
            int lineStart = markers;
            boolean inQuote = false;
            while (lineStart > 0 && isMarker(text.charAt(lineStart - 1))) {
                lineStart--;
                inQuote |= text.charAt(lineStart) == '>';
            }
            if (lineStart > 0 && !isLineBreak(text.charAt(lineStart - 1))) {
                from = markers + 1;
                continue;
            }
            int lineEnd = indexOf(text, '\r', markers, newlines.from(markers));
            int next = nextLineStart(text, lineEnd);
            int run = run(text, markers, lineEnd);
            char runChar = text.charAt(markers);
            if (fenceChar != 0) {
                if (run >= fenceLength && isBlank(text, markers + run, lineEnd)) {
                    Span span = new Span(openerStart, lineEnd);
                    fences.add(region(text, kindOf(text, info), span, new Span(contentStart, lineStart), info, true, quoted));
                    fenceChar = 0;
                }
            } else if (run >= 3 && (runChar == '~' || !holds(text, '`', markers + run, lineEnd))) {
                fenceChar = runChar;
                fenceLength = run;
                openerStart = markers;
                contentStart = next;
                info = trimmed(text, markers + run, lineEnd);
                quoted = inQuote;
            }
            from = next;
        }
        if (fenceChar != 0) {
            Span span = new Span(openerStart, length);
            fences.add(region(text, kindOf(text, info), span, new Span(Math.min(contentStart, length), length), info, false, quoted));
        }
        return fences;
    }

    /** The first {@code c} in {@code text[from, to)}, or {@code to}. */
    private static int indexOf(String text, char c, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) != c) {
            i++;
        }
        return i;
    }

    /** What may stand before a fence's backticks on its line: indentation and blockquote markers. */
    private static boolean isMarker(char c) {
        return c == ' ' || c == '\t' || c == '>';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static PlanRegion region(String text, PlanRegion.Kind kind, Span span, Span content, Span info, boolean closed, boolean quoted) {
        int phases = 0;
        int tasks = 0;
        for (int at = text.indexOf('<', content.start()); at >= 0 && at < content.end(); at = text.indexOf('<', at + 1)) {
            int name = at + 1;
            if (name < content.end() && text.charAt(name) == '/') {
                // An end tag, half of all tags: neither a phase nor a task start tag.
                continue;
            }
            int prefixEnd = name;
            while (prefixEnd < content.end() && isNameCharacter(text.charAt(prefixEnd))) {
                prefixEnd++;
            }
            if (prefixEnd < content.end() && text.charAt(prefixEnd) == ':') {
                name = prefixEnd + 1;
            }
            if (isTag(text, name, "phase", content.end())) {
                phases++;
            } else if (isTag(text, name, "task", content.end())) {
                tasks++;
            }
        }
        return new PlanRegion(kind, span, content, info, closed, quoted, phases > 0 && tasks > 0, tasks);
    }

    /** {@code <task}, {@code <Task}, {@code <TASK} followed by the end of a tag name; the first letter is tested first, as this runs at every tag. */
    private static boolean isTag(String text, int at, String name, int limit) {
        int end = at + name.length();
        if (end >= limit || (text.charAt(at) | 0x20) != name.charAt(0)) {
            return false;
        }
        return text.regionMatches(true, at, name, 0, name.length()) && isTagNameEnd(text.charAt(end));
    }

    private static PlanRegion.Kind kindOf(String text, Span info) {
        int wordEnd = info.start();
        while (wordEnd < info.end() && !Character.isWhitespace(text.charAt(wordEnd)) && text.charAt(wordEnd) != '{') {
            wordEnd++;
        }
        String word = text.substring(info.start(), wordEnd).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return PlanRegion.Kind.PLAIN_FENCE;
        }
        return word.equals("xml") ? PlanRegion.Kind.XML_FENCE : PlanRegion.Kind.EXAMPLE_FENCE;
    }

    /**
     * Whether an offset is inside inline code: an odd number of backticks stands before it on its line. Offsets
     * are asked in increasing order, so each line is counted once however many offsets it holds.
     */
    private static final class InlineCode {
        private final String text;
        private int countedTo;
        private int backticks;

        InlineCode(String text) {
            this.text = text;
        }

        boolean inside(int offset) {
            for (int i = countedTo; i < offset; i++) {
                char c = text.charAt(i);
                if (c == '`') {
                    backticks++;
                } else if (c == '\n' || c == '\r') {
                    backticks = 0;
                }
            }
            countedTo = Math.max(countedTo, offset);
            return backticks % 2 == 1;
        }
    }

    private static int run(String text, int from, int limit) {
        if (from >= limit) {
            return 0;
        }
        char c = text.charAt(from);
        if (c != '`' && c != '~') {
            return 0;
        }
        int i = from;
        while (i < limit && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private static Span trimmed(String text, int from, int to) {
        int start = from;
        while (start < to && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        int end = to;
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean holds(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    static boolean isTagNameEnd(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNameCharacter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
        }
        return Character.isLetterOrDigit(c);
    }

    /** End of the line's content: before {@code \n}, {@code \r\n} or a lone {@code \r}. */
    static int lineEnd(String text, int from) {
        int i = from;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return length;
    }

    /**
     * The next occurrence of one character, asked for at increasing offsets: {@code indexOf} finds it and it is
     * remembered until passed, so a text that holds few or none is not searched again for each question.
     */
    private static final class Occurrences {
        private final String text;
        private final char character;
        private int next = -1;

        Occurrences(String text, char character) {
            this.text = text;
            this.character = character;
        }

        /** The first occurrence at or after {@code from}, or the text's length when there is none. */
        int from(int from) {
            if (next < from) {
                int at = text.indexOf(character, from);
                next = at < 0 ? text.length() : at;
            }
            return next;
        }
    }

    /** Start of the next line, or the end of the text when this line is the last. */
    static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
