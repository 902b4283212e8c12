package dev.specls.syntax.requirements;

import static dev.specls.syntax.MarkdownOutline.skipWhitespace;
import static dev.specls.syntax.MarkdownOutline.startsWith;
import static dev.specls.syntax.MarkdownOutline.trimEnd;

import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.MarkdownOutline.Heading;
import dev.specls.syntax.MarkdownOutline.Line;
import dev.specls.syntax.RequirementId;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a requirements file in any of the sago, GSD and Spec Kit syntaxes (FORMATS.md §3).
 * Line based: fenced code and HTML comments are skipped, and so is a {@code Traceability}
 * section, which holds a table of ids rather than declarations. Never throws, never does I/O.
 *
 * <p>The reader is generous (any bullet, {@code [X]}, colon inside or outside the bold, an emoji
 * before the id) and records separately whether sago's own regex reads each line.
 */
public final class RequirementsParser {

    /** sago's regex, applied like sago to the whole trimmed line. */
    private static final Pattern SAGO_LINE = Pattern.compile(
            "\\*\\s+\\[[ x]\\]\\s+\\*\\*" + RequirementId.SAGO_FORM + ":\\*\\*\\s+.+",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private static final String FIRST_SAGO_VERSION = "V1";

    /** Heading words (as consecutive lower-case words) that put a section out of the current scope. */
    private static final List<List<String>> DEFERRING_PHRASES = List.of(
            List.of("future"), List.of("later"), List.of("deferred"), List.of("out", "of", "scope"),
            List.of("post", "launch"), List.of("post", "mvp"), List.of("non", "goals"), List.of("nongoals"));

    private RequirementsParser() {
    }

    public static RequirementsDocument parse(String text) {
        String source = text == null ? "" : text;
        MarkdownOutline outline = MarkdownOutline.of(source);
        List<Heading> headings = outline.headings();
        boolean[] inScope = new boolean[headings.size()];
        boolean[] traceability = new boolean[headings.size()];
        List<RequirementsSection> sections = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            List<String> words = words(heading.title());
            int parent = heading.parent();
            inScope[i] = (parent < 0 || inScope[parent]) && !defers(words);
            traceability[i] = (parent >= 0 && traceability[parent]) || (!words.isEmpty() && words.get(0).equals("traceability"));
            sections.add(new RequirementsSection(heading.title(), heading.level(), heading.lineSpan(), heading.section(), inScope[i]));
        }

        List<Requirement> requirements = new ArrayList<>();
        List<UnparsedLine> unparsed = new ArrayList<>();
        String sagoVersion = FIRST_SAGO_VERSION;
        int current = -1;
        for (Line line : outline.lines()) {
            if (line.literal()) {
                continue;
            }
            if (line.heading() >= 0) {
                current = line.heading();
                Heading heading = headings.get(current);
                String version = heading.level() == 3 ? sagoVersionOf(heading.title()) : null;
                if (version != null) {
                    sagoVersion = version;
                }
                continue;
            }
            if (current >= 0 && traceability[current]) {
                continue;
            }
            Scope scope = new Scope(sagoVersion, current < 0 || inScope[current], current < 0 ? "" : headings.get(current).title());
            new LineReader(source, line, scope, requirements, unparsed).read();
        }
        return new RequirementsDocument(List.copyOf(sections), List.copyOf(requirements), List.copyOf(unparsed), outline);
    }

    /**
     * The line sago reads for this requirement ({@code * [x] **REQ-5:** text}), keeping
     * {@code indentation} in front; {@code null} when sago cannot read any form of it: the text is
     * empty, or the id has digits in its prefix or a letter suffix.
     */
    public static String toSagoLine(String indentation, String id, boolean checked, String text) {
        String sagoId = RequirementId.toSagoForm(id);
        if (sagoId == null || text == null || text.isBlank()) {
            return null;
        }
        return indentation + "* [" + (checked ? "x" : " ") + "] **" + sagoId + ":** " + text.strip();
    }

    /** sago switches version on {@code ### V2 …}: a level-3 heading whose title starts with V and digits. */
    private static String sagoVersionOf(String title) {
        int digits = 1;
        while (digits < title.length() && Character.isDigit(title.charAt(digits))) {
            digits++;
        }
        return title.startsWith("V") && digits > 1 ? title.substring(0, digits) : null;
    }

    private static boolean defers(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() > 1 && word.charAt(0) == 'v' && isLaterVersionNumber(word.substring(1))) {
                return true;
            }
            for (List<String> phrase : DEFERRING_PHRASES) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code digits} is a version number of 2 or more ("2", "3", "10"; not "1" or "01"). */
    private static boolean isLaterVersionNumber(String digits) {
        int significant = 0;
        while (significant < digits.length() - 1 && digits.charAt(significant) == '0') {
            significant++;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return digits.length() - significant > 1 || digits.charAt(significant) >= '2';
    }

    /** The lower-case letter-and-digit words of a heading title. */
    private static List<String> words(String title) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < title.length()) {
            while (i < title.length() && !Character.isLetterOrDigit(title.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < title.length() && Character.isLetterOrDigit(title.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(title.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** What the enclosing headings say about the lines under them. */
    private record Scope(String sagoVersion, boolean inScope, String sectionTitle) {
    }

    /** Reads one line: a requirement, a line that looks like one but is not, or nothing. */
    private static final class LineReader {
        private final String text;
        private final Line line;
        private final Scope scope;
        private final List<Requirement> requirements;
        private final List<UnparsedLine> unparsed;
        private final int end;
        private final int contentStart;
        private int p;
        private char bullet;
        private char mark;

        LineReader(String text, Line line, Scope scope, List<Requirement> requirements, List<UnparsedLine> unparsed) {
            this.text = text;
            this.line = line;
            this.scope = scope;
            this.requirements = requirements;
            this.unparsed = unparsed;
            this.end = trimEnd(text, line.start(), line.end());
            this.contentStart = skipWhitespace(text, line.start(), end);
            this.p = contentStart;
        }

        void read() {
            readBullet();
            readCheckbox();
            skipDecoration();
            if (startsWith(text, p, end, "**")) {
                readBoldId();
            } else {
                readPlainId();
            }
        }

        private void readBullet() {
            if (p + 1 < end && "*-+".indexOf(text.charAt(p)) >= 0 && MarkdownOutline.isWhitespace(text.charAt(p + 1))) {
                bullet = text.charAt(p);
                p = skipWhitespace(text, p + 1, end);
            }
        }

        private void readCheckbox() {
            if (p + 2 < end && text.charAt(p) == '[' && text.charAt(p + 2) == ']'
                    && (p + 3 == end || MarkdownOutline.isWhitespace(text.charAt(p + 3)))) {
                mark = text.charAt(p + 1);
                p = skipWhitespace(text, p + 3, end);
            }
        }

        /** Skips emoji and other symbols written before the id ("✅ **REQ-1:**"), when a space follows them. */
        private void skipDecoration() {
            int q = p;
            while (q < end && isDecoration(text.codePointAt(q))) {
                q += Character.charCount(text.codePointAt(q));
            }
            if (q > p && q < end && MarkdownOutline.isWhitespace(text.charAt(q))) {
                p = skipWhitespace(text, q, end);
            }
        }

        private static boolean isDecoration(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
        }

        private int idEnd(int from) {
            int i = from;
            while (i < end && (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            return i;
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        private void readBoldId() {
            int idStart = p + 2;
            int idEnd = idEnd(idStart);
            String id = text.substring(idStart, idEnd);
            if (!RequirementId.isValid(id)) {
                return;
            }
            boolean colonInside = startsWith(text, idEnd, end, ":**");
            if (colonInside || startsWith(text, idEnd, end, "**:")) {
                declare(id, idStart, idEnd, idEnd + 3, colonInside);
            } else if (startsWith(text, idEnd, end, "**")) {
                report("no colon after the id: write the id as **" + id + ":**", id, rest(idEnd + 2));
            } else {
                report("the bold must hold only the id and its colon", id, stripLeadingColon(withoutClosingBold(idEnd)));
            }
        }

        private void readPlainId() {
            int idEnd = idEnd(p);
            String id = text.substring(p, idEnd);
            if (!RequirementId.isValid(id)) {
                return;
            }
            boolean colon = idEnd < end && text.charAt(idEnd) == ':';
            boolean checkboxItem = mark != 0 && (idEnd == end || MarkdownOutline.isWhitespace(text.charAt(idEnd)));
            if (colon || checkboxItem) {
                report("the id is not bold: sago reads **" + id + ":**", id, stripLeadingColon(rest(idEnd)));
            }
        }

        private void declare(String id, int idStart, int idEnd, int afterColon, boolean colonInside) {
            int textStart = skipWhitespace(text, afterColon, end);
            String requirementText = text.substring(textStart, end);
            if (bullet == 0) {
                report("not a list item: sago reads only lines that start with \"* [ ]\"", id, requirementText);
                return;
            }
            if (mark != 0 && " xX".indexOf(mark) < 0) {
                report("unknown checkbox [" + mark + "]: sago reads only [ ] and [x]", id, requirementText);
                return;
            }
            RequirementSyntax syntax = mark == 0 ? RequirementSyntax.SPEC_KIT : colonInside ? RequirementSyntax.SAGO : RequirementSyntax.GSD;
            int sagoStart = MarkdownOutline.startWithByteOrderMark(text, line) < line.start() ? 0 : contentStart;
            boolean readableBySago = SAGO_LINE.matcher(text.subSequence(sagoStart, end)).matches();
            requirements.add(new Requirement(
                    id, RequirementId.canonical(id), new Span(idStart, idEnd), requirementText, new Span(textStart, end),
                    line.span(), mark == 0 ? null : mark != ' ', syntax, scope.sagoVersion(), scope.inScope(),
                    scope.sectionTitle(), readableBySago));
        }

        private void report(String reason, String id, String requirementText) {
            String indentation = text.substring(line.start(), contentStart);
            boolean checked = mark == 'x' || mark == 'X';
            unparsed.add(new UnparsedLine(line.span(), reason, toSagoLine(indentation, id, checked, requirementText)));
        }

        /** The rest of the line from {@code from} with the first {@code **} (the bold's end) removed. */
        private String withoutClosingBold(int from) {
            for (int i = from; i + 1 < end; i++) {
                if (text.charAt(i) == '*' && text.charAt(i + 1) == '*') {
                    return (text.substring(from, i) + text.substring(i + 2, end)).strip();
                }
            }
            return rest(from);
        }

        private String rest(int from) {
            return text.substring(Math.min(from, end), end).strip();
        }

        private static String stripLeadingColon(String value) {
            return value.startsWith(":") ? value.substring(1).strip() : value;
        }
    }
}
