package dev.specls.syntax.spec;

import dev.specls.syntax.spec.MarkdownBlocks.MarkdownBlock;
import dev.specls.syntax.spec.MarkdownBlocks.Type;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GSD's {@code .planning/ROADMAP.md} (phases {@code ### Phase N: …} with {@code **Depends on**:},
 * the checklist {@code - [x] **Phase N: …**} and plan lines {@code - [ ] 01-02: …}) and the frontmatter of
 * its phase plans {@code NN-MM-PLAN.md} ({@code phase}, {@code plan}, {@code wave}, {@code depends_on},
 * {@code files_modified}, {@code requirements}), which is what GSD's tools read to schedule a plan. The
 * frontmatter is read line by line, as GSD's own reader does. Never throws.
 */
public final class GsdParser {

    private static final Pattern PHASE_HEADING = Pattern.compile("^(Phase\\s+(\\d+(?:\\.\\d+)?))\\s*[:.—–-]\\s*(.*)$");
    private static final Pattern PHASE_CHECK = Pattern.compile("^[-*+]\\s+\\[([ xX])\\]\\s+\\*{0,2}Phase\\s+(\\d+(?:\\.\\d+)?)\\b");
    private static final Pattern PLAN_CHECK = Pattern.compile("^[-*+]\\s+\\[([ xX])\\]\\s+(\\d+(?:\\.\\d+)?-\\d+)\\b\\s*:?\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("^\\*\\*([A-Za-z ]+?):?\\*\\*\\s*:?\\s*");
    private static final Pattern PHASE_ID = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)(?![\\w.])");
    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s?(.*)$");

    private static final Set<ItemKind> PHASES = Set.of(ItemKind.PHASE);
    private static final Set<ItemKind> TASKS = Set.of(ItemKind.TASK);
    private static final Set<ItemKind> REQUIREMENTS = Set.of(ItemKind.REQUIREMENT);

    private GsdParser() {
    }

    public static SpecDocument parseRoadmap(String text) {
        List<MarkdownBlock> blocks = MarkdownBlocks.of(text);
        List<SpecItem> items = new ArrayList<>();
        List<SpecRef> refs = new ArrayList<>();
        List<StatusClaim> claims = new ArrayList<>();
        SpecItem phase = null;
        for (MarkdownBlock block : blocks) {
            String line = block.firstLineText(text);
            int start = block.firstLine().start();
            if (block.type() == Type.HEADING) {
                String title = MarkdownBlocks.headingTitle(block, text);
                Matcher matcher = PHASE_HEADING.matcher(title);
                if (matcher.matches()) {
                    int titleStart = start + line.indexOf(title);
                    phase = SpecItem.builder(ItemKind.PHASE, matcher.group(2), new Span(titleStart + matcher.start(2), titleStart + matcher.end(2)))
                            .title(matcher.group(3).strip()).span(block.span()).build();
                    items.add(phase);
                } else if (block.level() <= 2) {
                    phase = null;
                }
                continue;
            }
            Matcher phaseCheck = PHASE_CHECK.matcher(line);
            Matcher planCheck = PLAN_CHECK.matcher(line);
            if (block.type() == Type.LIST_ITEM && phaseCheck.find()) {
                claims.add(new StatusClaim(phaseCheck.group(2), new Span(start + phaseCheck.start(2), start + phaseCheck.end(2)), line,
                        checked(phaseCheck.group(1)), new Span(start + phaseCheck.start(1) - 1, start + phaseCheck.end(1) + 1)));
            } else if (block.type() == Type.LIST_ITEM && planCheck.find()) {
                claims.add(new StatusClaim(planCheck.group(2), new Span(start + planCheck.start(2), start + planCheck.end(2)), planCheck.group(3),
                        checked(planCheck.group(1)), new Span(start + planCheck.start(1) - 1, start + planCheck.end(1) + 1)));
            } else if (phase != null) {
                Matcher field = FIELD.matcher(line);
                if (field.find()) {
                    String name = field.group(1).strip().toLowerCase(Locale.ROOT);
                    int valueStart = start + field.end();
                    int valueEnd = block.firstLine().end();
                    if (name.equals("depends on") && !saysNothing(text.substring(valueStart, valueEnd))) {
                        Matcher id = PHASE_ID.matcher(text).region(valueStart, valueEnd);
                        while (id.find()) {
                            refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, phase, id.group(1), PHASES, new Span(id.start(1), id.end(1))));
                        }
                    } else if (name.equals("requirements")) {
                        for (Mention id : TextScan.ids(text, valueStart, valueEnd)) {
                            refs.add(SpecRef.explicit(RefKind.IMPLEMENTS, phase, id.text(), REQUIREMENTS, id.span()));
                        }
                    }
                }
            }
        }
        return new SpecDocument(SpecFormat.GSD, SpecRole.ROADMAP, items, refs, claims, List.of(), MarkdownBlocks.sections(blocks, text));
    }

    private static boolean saysNothing(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        return TextScan.saysNone(value) || word.startsWith("nothing") || word.startsWith("none");
    }

    private static ItemStatus checked(String mark) {
        return mark.isBlank() ? ItemStatus.TODO : ItemStatus.DONE;
    }

    /** The frontmatter of a phase plan: the plan is one task of its phase's waves. */
    public static SpecDocument parsePlan(String text) {
        List<SpecItem> items = new ArrayList<>();
        List<SpecRef> refs = new ArrayList<>();
        Frontmatter frontmatter = Frontmatter.of(text);
        Mention phase = frontmatter.scalar("phase");
        Mention plan = frontmatter.scalar("plan");
        if (phase != null && plan != null) {
            Matcher phaseNumber = PHASE_ID.matcher(phase.text());
            String phaseId = phaseNumber.lookingAt() ? phaseNumber.group(1) : phase.text();
            String id = phaseId + "-" + plan.text();
            Mention wave = frontmatter.scalar("wave");
            int waveNumber = wave == null ? 0 : parseWave(wave.text());
            SpecItem item = SpecItem.builder(ItemKind.TASK, id, plan.span())
                    .title(objective(text, frontmatter.end()))
                    .span(new Span(0, frontmatter.end()))
                    .scope(ItemIds.canonical(phaseId))
                    .owns(frontmatter.list("files_modified"))
                    .wave(waveNumber, wave == null ? null : wave.span())
                    .build();
            items.add(item);
            refs.add(SpecRef.implicit(RefKind.PARENT, item, phaseId, PHASES, "the plan belongs to phase " + phaseId));
            for (Mention dependency : frontmatter.list("depends_on")) {
                refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, item, dependency.text(), TASKS, dependency.span()));
            }
            for (Mention requirement : frontmatter.list("requirements")) {
                refs.add(SpecRef.explicit(RefKind.IMPLEMENTS, item, requirement.text(), REQUIREMENTS, requirement.span()));
            }
        }
        return new SpecDocument(SpecFormat.GSD, SpecRole.PHASE_PLAN, items, refs, List.of(), List.of(), List.of());
    }

    /** The first line of the plan's {@code <objective>}, GSD's one-line statement of what the plan delivers. */
    private static String objective(String text, int from) {
        int open = text.indexOf("<objective>", from);
        if (open < 0) {
            return "";
        }
        int close = text.indexOf("</objective>", open);
        String body = text.substring(open + "<objective>".length(), close < 0 ? text.length() : close).strip();
        int lineEnd = body.indexOf('\n');
        return (lineEnd < 0 ? body : body.substring(0, lineEnd)).strip();
    }

    private static int parseWave(String value) {
        String digits = value.strip();
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    /** YAML frontmatter read as GSD's tools read it: {@code key: value}, {@code key: [a, b]} and {@code - a} lines. */
    private record Frontmatter(String text, int end, List<Entry> entries) {

        record Entry(String key, Mention value, List<Mention> items) {
        }

        static Frontmatter of(String text) {
            List<Entry> entries = new ArrayList<>();
            if (!text.startsWith("---")) {
                return new Frontmatter(text, 0, entries);
            }
            int at = MarkdownBlocks.lineEnd(text, 0);
            Entry open = null;
            while (at < text.length()) {
                int lineStart = at + (text.startsWith("\r\n", at) ? 2 : 1);
                if (lineStart > text.length()) {
                    break;
                }
                int lineEnd = MarkdownBlocks.lineEnd(text, lineStart);
                String line = text.substring(lineStart, lineEnd);
                if (line.strip().equals("---")) {
                    return new Frontmatter(text, lineEnd, entries);
                }
                String trimmed = line.stripLeading();
                int indent = line.length() - trimmed.length();
                if (trimmed.startsWith("- ") && open != null) {
                    int itemStart = lineStart + indent + 2;
                    open.items().add(unquoted(text, itemStart, TextScan.trimEnd(text, itemStart, lineEnd)));
                } else if (indent == 0) {
                    Matcher key = KEY.matcher(line);
                    if (key.matches()) {
                        int valueStart = lineStart + key.start(2);
                        int valueEnd = TextScan.trimEnd(text, valueStart, withoutComment(text, valueStart, lineEnd));
                        open = new Entry(key.group(1), unquoted(text, valueStart, valueEnd), new ArrayList<>());
                        entries.add(open);
                        flowList(text, valueStart, valueEnd, open.items());
                    } else {
                        open = null;
                    }
                }
                at = lineEnd;
            }
            return new Frontmatter(text, 0, List.of());
        }

        private static int withoutComment(String text, int start, int end) {
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '#' && (i == start || text.charAt(i - 1) == ' ')) {
                    return i;
                }
            }
            return end;
        }

        private static void flowList(String text, int start, int end, List<Mention> into) {
            int from = TextScan.skipBlanks(text, start, end);
            if (from >= end || text.charAt(from) != '[') {
                return;
            }
            int close = text.lastIndexOf(']', end - 1);
            int stop = close > from ? close : end;
            int itemStart = from + 1;
            for (int i = from + 1; i <= stop; i++) {
                if (i == stop || text.charAt(i) == ',') {
                    int s = TextScan.skipBlanks(text, itemStart, i);
                    int e = TextScan.trimEnd(text, s, i);
                    if (e > s) {
                        into.add(unquoted(text, s, e));
                    }
                    itemStart = i + 1;
                }
            }
        }

        private static Mention unquoted(String text, int start, int end) {
            if (end - start >= 2 && (text.charAt(start) == '"' || text.charAt(start) == '\'') && text.charAt(end - 1) == text.charAt(start)) {
                start++;
                end--;
            }
            return new Mention(text.substring(start, end), new Span(start, end));
        }

        Mention scalar(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key) && !entry.value().text().isEmpty() && !entry.value().text().startsWith("[")) {
                    return entry.value();
                }
            }
            return null;
        }

        String scalarText(String key, String otherwise) {
            Mention value = scalar(key);
            return value == null ? otherwise : value.text();
        }

        List<Mention> list(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry.items();
                }
            }
            return List.of();
        }
    }
}
