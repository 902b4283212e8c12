package dev.specls.syntax.spec;

import dev.specls.syntax.spec.MarkdownBlocks.MarkdownBlock;
import dev.specls.syntax.spec.MarkdownBlocks.Type;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Spec Kit's files as its templates write them: {@code tasks.md} ({@code - [ ] T001 [P] [US1] …}
 * under {@code ## Phase N: …}), {@code spec.md} (user stories, {@code **FR-001**}, {@code **SC-001**}),
 * {@code checklists/*.md} ({@code - [ ] CHK001 … [Spec §FR-001]}), the constitution's principles, and
 * the markers every file may hold. Never throws; one pass over the Markdown blocks.
 */
public final class SpecKitParser {

    /** Spec Kit runs the phases of tasks.md one after the other ({@code /speckit.implement}). */
    public static final String PHASE_ORDER = "Spec Kit runs the phases of tasks.md in order";
    /** A task without {@code [P]} runs after the tasks listed before it in its phase. */
    public static final String SEQUENTIAL = "Spec Kit runs a task without [P] after the tasks before it in its phase";

    private static final Pattern TASK = Pattern.compile("^[-*+]\\s+\\[([ xX])\\]\\s+(T\\d+[a-z]?)\\b");
    private static final Pattern TASK_WITHOUT_CHECKBOX = Pattern.compile("^(?:[-*+]\\s+)?(T\\d{3,}[a-z]?)\\b");
    private static final Pattern CONTINUED_TASK = Pattern.compile("(T\\d{3,}[a-z]?)\\s");
    private static final Pattern CHECKBOX = Pattern.compile("^[-*+]\\s+\\[([ xX])\\]\\s+");
    private static final Pattern PARALLEL = Pattern.compile("\\G\\s*\\[P\\]");
    private static final Pattern STORY_LABEL = Pattern.compile("\\G\\s*\\[(US\\d+)\\]");
    private static final Pattern PHASE = Pattern.compile("^Phase\\s+(\\d+(?:\\.\\d+)?)\\s*[:：—–-]\\s*(.*)$");
    private static final Pattern STORY_PHASE = Pattern.compile("^User Story\\s+(\\d+)\\b");
    private static final Pattern STORY = Pattern.compile("^(User Story\\s+(\\d+))\\s*[-–—:]\\s*(.*?)\\s*(?:\\(Priority:\\s*(P\\d+)\\))?\\s*(?:🎯.*)?$");
    private static final Pattern REQUIREMENT = Pattern.compile("^[-*+]\\s+\\*\\*([A-Z]{1,6}-?\\d+[a-z]?)\\*\\*\\s*:?\\s*(.*)$");
    private static final Pattern CHECKLIST_ITEM = Pattern.compile("^[-*+]\\s+\\[([ xX])\\]\\s+(CHK\\d+[a-z]?)\\b\\s*(.*)$");
    private static final Pattern PRINCIPLE = Pattern.compile("^([IVXLC]+)\\.\\s+(.*)$");
    private static final Pattern DEPENDS = Pattern.compile("(?i)\\b(?:depends\\s+on|after|requires)\\s+((?:T\\d+[a-z]?(?:\\s*(?:[-–]|\\.\\.)\\s*T\\d+)?(?:\\s*(?:,|and|&)\\s*)?)+)");
    private static final Pattern TASK_ID_OR_RANGE = Pattern.compile("(T\\d+)(?:\\s*(?:[-–]|\\.\\.)\\s*(T\\d+))?");
    private static final Pattern BLOCKS = Pattern.compile("\\b(T\\d+[a-z]?)\\s+blocks\\s+((?:T\\d+[a-z]?(?:\\s*(?:,|and)\\s*)?)+)");
    private static final Pattern REQUIREMENT_MENTION = Pattern.compile("(?<![\\w-])((?:FR|SC|NFR)-?\\d+[a-z]?)(?![\\w-])");
    private static final Pattern CITATION = Pattern.compile("\\[([^\\]\\n]*§[^\\]\\n]*)\\]");
    private static final Pattern CITED_ID = Pattern.compile("§\\s*([A-Za-z]{1,8}-?\\d+[a-z]?)");

    /**
     * The words a dependency in a task's text opens with ({@link #DEPENDS}): a task that names none is not searched with the pattern,
     * which tries every character of the description.
     */
    private static final List<String> DEPENDENCY_WORDS = List.of("depends", "after", "requires");

    /** A range wider than this is read as its two ends: it costs as much as the ids it stands for. */
    private static final int WIDEST_RANGE = 500;

    private static final Set<ItemKind> TASKS = Set.of(ItemKind.TASK);
    private static final Set<ItemKind> STORIES = Set.of(ItemKind.STORY);
    private static final Set<ItemKind> REQUIREMENTS = Set.of(ItemKind.REQUIREMENT, ItemKind.STORY, ItemKind.CRITERION);
    private static final Set<ItemKind> PHASES = Set.of(ItemKind.PHASE);

    private SpecKitParser() {
    }

    public static SpecDocument parse(String text, SpecRole role) {
        List<MarkdownBlock> blocks = MarkdownBlocks.of(text);
        Reading reading = new Reading(text, role);
        for (MarkdownBlock block : blocks) {
            reading.read(block);
        }
        reading.finishPhase();
        return new SpecDocument(SpecFormat.SPEC_KIT, role, reading.items, reading.refs, List.of(), reading.notices, MarkdownBlocks.sections(blocks, text));
    }

    private static final class Reading {
        final String text;
        final SpecRole role;
        final List<SpecItem> items = new ArrayList<>();
        final List<SpecRef> refs = new ArrayList<>();
        final List<SpecNotice> notices = new ArrayList<>();
        SpecItem phase;
        SpecItem previousPhase;
        int phaseHeadingLevel;
        String storyOfPhase;
        /** The tasks since the last task without [P] in the current phase, that one included. */
        final List<SpecItem> sinceSequential = new ArrayList<>();
        final List<SpecItem> tasksOfPhase = new ArrayList<>();

        Reading(String text, SpecRole role) {
            this.text = text;
            this.role = role;
        }

        void read(MarkdownBlock block) {
            Span own = block.type() == Type.PARAGRAPH ? block.span() : block.firstLine();
            TextScan.clarifications(text, own.start(), own.end(), notices);
            TextScan.placeholders(text, own, notices);
            String line = block.firstLineText(text);
            switch (block.type()) {
                case HEADING -> heading(block, line);
                case LIST_ITEM -> listItem(block, line);
                case PARAGRAPH -> paragraph(block, line);
            }
            if (role == SpecRole.TASKS && block.type() != Type.HEADING) {
                blocksStatements(block);
            }
        }

        void heading(MarkdownBlock block, String line) {
            String title = MarkdownBlocks.headingTitle(block, text);
            int titleStart = block.span().start() + line.indexOf(title.isEmpty() ? " " : title);
            if (role == SpecRole.TASKS) {
                if (phase != null && block.level() <= phaseHeadingLevel) {
                    finishPhase();
                }
                Matcher matcher = PHASE.matcher(title);
                if (matcher.matches()) {
                    Span idSpan = new Span(titleStart, titleStart + matcher.end(1));
                    phase = SpecItem.builder(ItemKind.PHASE, "Phase " + matcher.group(1), idSpan)
                            .title(matcher.group(2).strip())
                            .span(new Span(block.span().start(), block.span().end()))
                            .build();
                    phaseHeadingLevel = block.level();
                    Matcher story = STORY_PHASE.matcher(matcher.group(2));
                    storyOfPhase = story.find() ? "US" + story.group(1) : null;
                    items.add(phase);
                    if (previousPhase != null) {
                        refs.add(SpecRef.implicit(RefKind.DEPENDS_ON, phase, previousPhase.id(), PHASES, PHASE_ORDER));
                    }
                }
            } else if (role == SpecRole.SPEC) {
                Matcher matcher = STORY.matcher(title);
                if (matcher.matches()) {
                    Span idSpan = new Span(titleStart, titleStart + matcher.end(1));
                    items.add(SpecItem.builder(ItemKind.STORY, "US" + matcher.group(2), idSpan)
                            .title(matcher.group(3))
                            .span(block.span())
                            .build());
                }
            } else if (role == SpecRole.CONSTITUTION && block.level() >= 2) {
                Matcher matcher = PRINCIPLE.matcher(title);
                if (matcher.matches()) {
                    Span idSpan = new Span(titleStart, titleStart + matcher.end(1));
                    items.add(SpecItem.builder(ItemKind.PRINCIPLE, matcher.group(1), idSpan).title(matcher.group(2)).span(block.span()).build());
                }
            }
        }

        void finishPhase() {
            if (phase != null) {
                for (SpecItem task : tasksOfPhase) {
                    refs.add(SpecRef.implicit(RefKind.PARENT, task, phase.id(), PHASES, "the task is listed under " + phase.id()));
                }
                previousPhase = phase;
            }
            phase = null;
            storyOfPhase = null;
            tasksOfPhase.clear();
            sinceSequential.clear();
        }

        void listItem(MarkdownBlock block, String line) {
            int start = block.firstLine().start();
            if (role == SpecRole.TASKS) {
                Matcher task = TASK.matcher(line);
                if (task.find()) {
                    task(block, line, task);
                    return;
                }
                Matcher bare = TASK_WITHOUT_CHECKBOX.matcher(line);
                if (phase != null && bare.find()) {
                    notices.add(new SpecNotice(NoticeKind.TASK_WITHOUT_CHECKBOX, new Span(start + bare.start(1), start + bare.end(1)), bare.group(1)));
                    return;
                }
                Matcher checkbox = CHECKBOX.matcher(line);
                if (phase != null && checkbox.find() && block.level() == 1) {
                    notices.add(new SpecNotice(NoticeKind.TASK_WITHOUT_ID, new Span(start, start + TextScan.trimEnd(line, 0, line.length())), line.strip()));
                }
            } else if (role == SpecRole.SPEC) {
                Matcher requirement = REQUIREMENT.matcher(line);
                if (requirement.find()) {
                    Span idSpan = new Span(start + requirement.start(1), start + requirement.end(1));
                    items.add(SpecItem.builder(ItemKind.REQUIREMENT, requirement.group(1), idSpan)
                            .title(requirement.group(2).strip())
                            .span(block.span())
                            .build());
                }
            } else if (role == SpecRole.CHECKLIST) {
                Matcher item = CHECKLIST_ITEM.matcher(line);
                if (item.find()) {
                    Span idSpan = new Span(start + item.start(2), start + item.end(2));
                    SpecItem checklistItem = SpecItem.builder(ItemKind.CHECKLIST_ITEM, item.group(2), idSpan)
                            .title(item.group(3).strip())
                            .status(item.group(1).isBlank() ? ItemStatus.TODO : ItemStatus.DONE, new Span(start + item.start(1) - 1, start + item.end(1) + 1))
                            .span(block.span())
                            .build();
                    items.add(checklistItem);
                    citations(checklistItem, start + item.start(3), block.firstLine().end());
                }
            }
        }

        void paragraph(MarkdownBlock block, String line) {
            if (role == SpecRole.TASKS && phase != null) {
                Matcher bare = TASK_WITHOUT_CHECKBOX.matcher(line);
                if (bare.find() && bare.end() < line.length() && Character.isWhitespace(line.charAt(bare.end()))) {
                    int start = block.firstLine().start();
                    notices.add(new SpecNotice(NoticeKind.TASK_WITHOUT_CHECKBOX, new Span(start + bare.start(1), start + bare.end(1)), bare.group(1)));
                }
            }
        }

        void task(MarkdownBlock block, String line, Matcher task) {
            int start = block.firstLine().start();
            int at = task.end();
            boolean parallel = false;
            Matcher marker = PARALLEL.matcher(line);
            if (marker.find(at)) {
                parallel = true;
                at = marker.end();
            }
            String story = null;
            Span storySpan = null;
            Matcher label = STORY_LABEL.matcher(line);
            if (label.find(at)) {
                story = label.group(1);
                storySpan = new Span(start + label.start(1), start + label.end(1));
                at = label.end();
            }
            if (!parallel && marker.find(at)) {
                parallel = true;
                at = marker.end();
            }
            int descriptionStart = start + TextScan.skipBlanks(line, at, line.length());
            continuationTasks(block);
            int lineEnd = block.firstLine().end();
            Span idSpan = new Span(start + task.start(2), start + task.end(2));
            SpecItem item = SpecItem.builder(ItemKind.TASK, task.group(2), idSpan)
                    .title(text.substring(descriptionStart, lineEnd).strip())
                    .status(task.group(1).isBlank() ? ItemStatus.TODO : ItemStatus.DONE, new Span(start + task.start(1) - 1, start + task.end(1) + 1))
                    .span(block.span())
                    .scope(phase == null ? null : phase.key())
                    .level(block.level())
                    .parallel(parallel)
                    .owns(TextScan.paths(text, descriptionStart, lineEnd))
                    .build();
            items.add(item);
            if (story != null) {
                refs.add(SpecRef.explicit(RefKind.IMPLEMENTS, item, story, STORIES, storySpan));
            } else if (storyOfPhase != null) {
                notices.add(new SpecNotice(NoticeKind.TASK_WITHOUT_STORY, idSpan, storyOfPhase));
            }
            dependencies(item, descriptionStart, block.span().end());
            Matcher requirement = REQUIREMENT_MENTION.matcher(text).region(descriptionStart, lineEnd);
            boolean mentionsRequirement = TextScan.indexIn(text, "FR", descriptionStart, lineEnd) >= 0 || TextScan.indexIn(text, "SC", descriptionStart, lineEnd) >= 0;
            while (mentionsRequirement && requirement.find()) {
                refs.add(new SpecRef(RefKind.IMPLEMENTS, Strength.INFERRED, item.kind(), item.key(), requirement.group(1), REQUIREMENTS,
                        new Span(requirement.start(1), requirement.end(1)), null, null));
            }
            if (phase != null) {
                if (previousPhase != null) {
                    refs.add(SpecRef.implicit(RefKind.DEPENDS_ON, item, previousPhase.id(), PHASES, PHASE_ORDER));
                }
                if (!parallel) {
                    for (SpecItem earlier : sinceSequential) {
                        refs.add(SpecRef.implicit(RefKind.DEPENDS_ON, item, earlier.id(), TASKS, SEQUENTIAL));
                    }
                    sinceSequential.clear();
                }
                sinceSequential.add(item);
                tasksOfPhase.add(item);
            }
        }

        /**
         * A line {@code T006 …} right below a task is, for Markdown, more text of that task's item: the
         * tool reads one task where the file shows two.
         */
        void continuationTasks(MarkdownBlock block) {
            int at = block.firstLine().end();
            while (at < block.span().end()) {
                int lineStart = at + (text.startsWith("\r\n", at) ? 2 : 1);
                if (lineStart >= block.span().end()) {
                    break;
                }
                int lineEnd = MarkdownBlocks.lineEnd(text, lineStart);
                int first = TextScan.skipBlanks(text, lineStart, lineEnd);
                Matcher bare = CONTINUED_TASK.matcher(text).region(first, lineEnd);
                if (bare.lookingAt()) {
                    notices.add(new SpecNotice(NoticeKind.TASK_WITHOUT_CHECKBOX, new Span(bare.start(1), bare.end(1)), bare.group(1)));
                }
                at = lineEnd;
            }
        }

        /** {@code (depends on T012, T013)}, {@code after T004-T007}: explicit dependencies in the task's text. */
        void dependencies(SpecItem task, int from, int to) {
            if (!TextScan.containsIgnoringCase(text, from, to, DEPENDENCY_WORDS)) {
                return;
            }
            Matcher depends = DEPENDS.matcher(text).region(from, to);
            while (depends.find()) {
                Matcher id = TASK_ID_OR_RANGE.matcher(text).region(depends.start(1), depends.end(1));
                while (id.find()) {
                    Span span = new Span(id.start(), id.end());
                    if (id.group(2) == null) {
                        refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, task, id.group(1), TASKS, new Span(id.start(1), id.end(1))));
                    } else {
                        range(task, id.group(1), id.group(2), span);
                    }
                }
            }
        }

        void range(SpecItem task, String first, String last, Span span) {
            int low = ItemIds.number(first);
            int high = ItemIds.number(last);
            int width = first.length() - 1;
            if (low < 0 || high < low || high - low > WIDEST_RANGE) {
                refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, task, first, TASKS, span));
                refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, task, last, TASKS, span));
                return;
            }
            for (int number = low; number <= high; number++) {
                String id = "T" + String.format("%0" + Math.max(1, width) + "d", number);
                refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, task, id, TASKS, span));
            }
        }

        /** {@code T008 blocks T009} in prose: T009 depends on T008. */
        void blocksStatements(MarkdownBlock block) {
            if (TextScan.indexIn(text, "blocks", block.span().start(), block.span().end()) < 0) {
                return;
            }
            Matcher blocks = BLOCKS.matcher(text).region(block.span().start(), block.span().end());
            while (blocks.find()) {
                Span blockerSpan = new Span(blocks.start(1), blocks.end(1));
                refs.add(new SpecRef(RefKind.CITES, Strength.EXPLICIT, null, null, blocks.group(1), TASKS, blockerSpan, null, null));
                Matcher blocked = TASK_ID_OR_RANGE.matcher(text).region(blocks.start(2), blocks.end(2));
                while (blocked.find()) {
                    refs.add(new SpecRef(RefKind.DEPENDS_ON, Strength.EXPLICIT, ItemKind.TASK, ItemIds.canonical(blocked.group(1)), blocks.group(1), TASKS,
                            blockerSpan, null, null));
                    refs.add(new SpecRef(RefKind.CITES, Strength.EXPLICIT, null, null, blocked.group(1), TASKS, new Span(blocked.start(1), blocked.end(1)), null, null));
                }
            }
        }

        /** {@code [Spec §FR-001]}, {@code [Spec §FR-001, §FR-002]}: what a checklist item checks. */
        void citations(SpecItem item, int from, int to) {
            Matcher citation = CITATION.matcher(text).region(from, to);
            while (citation.find()) {
                Matcher id = CITED_ID.matcher(text).region(citation.start(1), citation.end(1));
                while (id.find()) {
                    refs.add(SpecRef.explicit(RefKind.VALIDATES, item, id.group(1), REQUIREMENTS, new Span(id.start(1), id.end(1))));
                }
            }
        }
    }
}
