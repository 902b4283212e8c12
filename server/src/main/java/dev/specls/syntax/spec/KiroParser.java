package dev.specls.syntax.spec;

import dev.specls.syntax.spec.MarkdownBlocks.MarkdownBlock;
import dev.specls.syntax.spec.MarkdownBlocks.Type;
import dev.specls.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Kiro's and cc-sdd's spec folder: {@code requirements.md} ({@code ### Requirement N: …} with
 * numbered acceptance criteria, whose ids {@code N.M} are implicit), {@code design.md}
 * ({@code **Validates: Requirements 1.1, 2.3**}) and {@code tasks.md} ({@code - [ ] 1. …}, nested
 * {@code - [ ] 1.1 …}, {@code [ ]*} optional, {@code [x]} done, {@code [-]} in progress, detail lines
 * {@code _Requirements: …_}, cc-sdd's {@code _Depends: …_}, {@code _Boundary: …_} and {@code (P)}).
 * Never throws; one pass over the Markdown blocks.
 */
public final class KiroParser {

    /** Kiro works through tasks.md from the top: a task waits for the one before it. */
    public static final String ORDER = "Kiro runs tasks.md from the top, so a task waits for the task before it";
    /** cc-sdd's {@code (P)}: the task may run beside the one before it, after what that one waits for. */
    public static final String PARALLEL_ORDER = "a (P) task runs beside the task before it, once what that task waits for is done";

    private static final Pattern REQUIREMENT = Pattern.compile("^(Requirement\\s+(\\d+))\\b\\s*[:.—–-]?\\s*(.*)$");
    private static final Pattern CRITERION = Pattern.compile("^(\\d+)[.)]\\s+(.*)$");
    private static final Pattern TASK = Pattern.compile("^[-*+]\\s+\\[([ xX~-])\\](\\*)?\\s+(\\d+(?:\\.\\d+)*)\\.?(?=\\s|$)\\s*(.*)$");
    private static final Pattern DETAIL = Pattern.compile("_(Requirements|Depends|Boundary)\\s*:\\s*([^_\\n]*)_");
    private static final Pattern VALIDATES = Pattern.compile("Validates:\\s*Requirements?\\s+([0-9][0-9.,\\s]*(?:and\\s+[0-9.]+)?)");
    private static final Pattern PARALLEL = Pattern.compile("\\(P\\)");

    private static final Set<ItemKind> COVERABLE = Set.of(ItemKind.CRITERION, ItemKind.REQUIREMENT);
    private static final Set<ItemKind> TASKS = Set.of(ItemKind.TASK);

    private KiroParser() {
    }

    public static SpecDocument parse(String text, SpecRole role) {
        List<MarkdownBlock> blocks = MarkdownBlocks.of(text);
        Reading reading = new Reading(text, role);
        for (MarkdownBlock block : blocks) {
            reading.read(block);
        }
        return new SpecDocument(SpecFormat.KIRO, role, reading.items, reading.refs, List.of(), reading.notices, MarkdownBlocks.sections(blocks, text));
    }

    private static final class Reading {
        final String text;
        final SpecRole role;
        final List<SpecItem> items = new ArrayList<>();
        final List<SpecRef> refs = new ArrayList<>();
        final List<SpecNotice> notices = new ArrayList<>();
        SpecItem requirement;
        boolean sawSubHeading;
        /** The tasks whose list item holds the block being read, innermost last. */
        final Deque<SpecItem> open = new ArrayDeque<>();
        /** The last task read at each depth, and each task's predecessor by order. */
        final Map<Integer, SpecItem> lastAtLevel = new HashMap<>();
        final Map<String, SpecItem> predecessorOf = new HashMap<>();

        Reading(String text, SpecRole role) {
            this.text = text;
            this.role = role;
        }

        void read(MarkdownBlock block) {
            Span own = block.type() == Type.PARAGRAPH ? block.span() : block.firstLine();
            TextScan.clarifications(text, own.start(), own.end(), notices);
            TextScan.placeholders(text, own, notices);
            String line = block.firstLineText(text);
            switch (role) {
                case REQUIREMENTS -> requirements(block, line);
                case DESIGN -> validates(own);
                case TASKS -> tasks(block, line, own);
                default -> {
                }
            }
        }

        void requirements(MarkdownBlock block, String line) {
            if (block.type() == Type.HEADING) {
                String title = MarkdownBlocks.headingTitle(block, text);
                Matcher matcher = REQUIREMENT.matcher(title);
                if (matcher.matches()) {
                    int titleStart = block.span().start() + line.indexOf(title);
                    requirement = SpecItem.builder(ItemKind.REQUIREMENT, matcher.group(2), new Span(titleStart, titleStart + matcher.end(1)))
                            .title(matcher.group(3).strip())
                            .span(block.span())
                            .build();
                    items.add(requirement);
                } else if (block.level() <= 3 && requirement != null && !title.toLowerCase(Locale.ROOT).contains("criteria")) {
                    requirement = null;
                }
                return;
            }
            if (block.type() == Type.LIST_ITEM && block.level() == 1 && requirement != null) {
                Matcher matcher = CRITERION.matcher(line);
                if (matcher.find()) {
                    int start = block.firstLine().start();
                    Span idSpan = new Span(start + matcher.start(1), start + matcher.end(1));
                    items.add(SpecItem.builder(ItemKind.CRITERION, requirement.id() + "." + matcher.group(1), idSpan)
                            .title(matcher.group(2).strip())
                            .span(block.span())
                            .scope(requirement.key())
                            .build());
                }
            }
        }

        void validates(Span own) {
            Matcher matcher = VALIDATES.matcher(text).region(own.start(), own.end());
            while (matcher.find()) {
                for (Mention id : TextScan.ids(text, matcher.start(1), matcher.end(1))) {
                    refs.add(SpecRef.explicit(RefKind.VALIDATES, null, id.text(), COVERABLE, id.span()));
                }
            }
        }

        void tasks(MarkdownBlock block, String line, Span own) {
            while (!open.isEmpty() && open.peekLast().span().end() < block.span().end()) {
                open.pollLast();
            }
            if (block.type() == Type.HEADING) {
                if (block.level() >= 2) {
                    sawSubHeading = true;
                }
                return;
            }
            if (block.type() == Type.LIST_ITEM) {
                Matcher task = TASK.matcher(line);
                if (task.find()) {
                    task(block, line, task);
                    return;
                }
            }
            SpecItem owner = open.peekLast();
            if (owner != null) {
                details(owner, own);
            }
        }

        void task(MarkdownBlock block, String line, Matcher task) {
            int start = block.firstLine().start();
            Span idSpan = new Span(start + task.start(3), start + task.end(3));
            if (block.level() > 2) {
                notices.add(new SpecNotice(NoticeKind.TASK_NESTED_TOO_DEEP, idSpan, task.group(3)));
            } else if (sawSubHeading) {
                notices.add(new SpecNotice(NoticeKind.TASK_UNDER_HEADING, idSpan, task.group(3)));
            }
            char mark = task.group(1).charAt(0);
            ItemStatus status = switch (mark) {
                case 'x', 'X' -> ItemStatus.DONE;
                case '-' -> ItemStatus.IN_PROGRESS;
                default -> task.group(2) != null ? ItemStatus.OPTIONAL : ItemStatus.TODO;
            };
            int titleStart = start + task.start(4);
            int lineEnd = block.firstLine().end();
            boolean parallel = PARALLEL.matcher(text).region(titleStart, lineEnd).find();
            SpecItem parent = open.peekLast();
            SpecItem item = SpecItem.builder(ItemKind.TASK, task.group(3), idSpan)
                    .title(task.group(4).replace("(P)", "").strip())
                    .status(status, new Span(start + task.start(1) - 1, start + (task.group(2) != null ? task.end(2) : task.end(1) + 1)))
                    .span(block.span())
                    .scope(parent == null ? null : parent.key())
                    .level(block.level())
                    .parallel(parallel)
                    .build();
            items.add(item);
            if (parent != null) {
                refs.add(SpecRef.implicit(RefKind.PARENT, item, parent.id(), TASKS, "the task is nested under task " + parent.id()));
            }
            SpecItem previousSibling = lastAtLevel.get(block.level());
            if (previousSibling != null && parent != null && !parent.span().contains(previousSibling.span())) {
                previousSibling = null;
            }
            // A (P) task runs beside the sibling before it, so it waits for what that sibling waits for.
            SpecItem predecessor = previousSibling == null ? (parent == null ? null : predecessorOf.get(parent.key()))
                    : parallel ? predecessorOf.get(previousSibling.key()) : previousSibling;
            if (predecessor != null) {
                predecessorOf.put(item.key(), predecessor);
                refs.add(SpecRef.implicit(RefKind.DEPENDS_ON, item, predecessor.id(), TASKS, parallel ? PARALLEL_ORDER : ORDER));
            }
            lastAtLevel.put(block.level(), item);
            lastAtLevel.remove(block.level() + 1);
            open.addLast(item);
        }

        void details(SpecItem task, Span own) {
            Matcher matcher = DETAIL.matcher(text).region(own.start(), own.end());
            while (matcher.find()) {
                String field = matcher.group(1);
                int valueStart = matcher.start(2);
                int valueEnd = matcher.end(2);
                switch (field) {
                    case "Requirements" -> {
                        for (Mention id : TextScan.ids(text, valueStart, valueEnd)) {
                            refs.add(SpecRef.explicit(RefKind.IMPLEMENTS, task, id.text(), COVERABLE, id.span()));
                        }
                    }
                    case "Depends" -> {
                        for (Mention id : TextScan.ids(text, valueStart, valueEnd)) {
                            refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, task, id.text(), TASKS, id.span()));
                        }
                    }
                    default -> withBoundary(task, new Mention(text.substring(valueStart, valueEnd).strip(),
                            new Span(valueStart, TextScan.trimEnd(text, valueStart, valueEnd))));
                }
            }
        }

        /** A task's {@code _Boundary:_} names the surface it owns: it replaces the task with one that owns it too. */
        void withBoundary(SpecItem task, Mention boundary) {
            for (int i = items.size() - 1; i >= 0; i--) {
                SpecItem item = items.get(i);
                if (item == task) {
                    List<Mention> owns = new ArrayList<>(item.owns());
                    owns.add(boundary);
                    SpecItem replaced = new SpecItem(item.kind(), item.id(), item.key(), item.idSpan(), item.span(), item.title(), item.status(),
                            item.statusSpan(), item.scope(), item.level(), item.parallel(), owns, item.criteria(), item.criteriaTitle(), item.wave(),
                            item.waveSpan());
                    items.set(i, replaced);
                    open.removeLastOccurrence(item);
                    open.addLast(replaced);
                    return;
                }
            }
        }
    }
}
