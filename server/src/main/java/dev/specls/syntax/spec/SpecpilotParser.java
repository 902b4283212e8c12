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
 * Reads specpilot's artifacts: {@code spec.md} with numbered requirements ({@code FR-01}, {@code NFR-01},
 * as a heading, a bold list entry or a line of their own) and {@code plan.md} with phases of checkbox
 * tasks. specpilot's tasks carry no ids, so a task's id is its place: {@code 2.3} is the third task of
 * phase 2, which is how its agents name them. Never throws.
 */
public final class SpecpilotParser {

    public static final String PHASE_ORDER = "specpilot implements the phases of plan.md one after the other";
    public static final String TASK_ORDER = "specpilot's implementation agent works through a phase's tasks in order";

    private static final Pattern REQUIREMENT = Pattern.compile("^(?:[-*+]\\s+)?(?:\\*\\*)?((?:N?FR)-\\d+[a-z]?)(?:\\*\\*)?\\s*[:.—–-]?\\s*(?:\\*\\*)?\\s*(.*)$");
    private static final Pattern PHASE = Pattern.compile("^Phase\\s+(\\d+)\\s*[:.—–-]?\\s*(.*)$");
    private static final Pattern TASK = Pattern.compile("^[-*+]\\s+\\[([ xX])\\]\\s+(.*)$");
    private static final Pattern REQUIREMENT_MENTION = Pattern.compile("(?<![\\w-])((?:N?FR)-\\d+[a-z]?)(?![\\w-])");

    private static final Set<ItemKind> PHASES = Set.of(ItemKind.PHASE);
    private static final Set<ItemKind> REQUIREMENTS = Set.of(ItemKind.REQUIREMENT);
    private static final Set<ItemKind> TASKS = Set.of(ItemKind.TASK);

    private SpecpilotParser() {
    }

    public static SpecDocument parse(String text, SpecRole role) {
        List<MarkdownBlock> blocks = MarkdownBlocks.of(text);
        List<SpecItem> items = new ArrayList<>();
        List<SpecRef> refs = new ArrayList<>();
        List<SpecNotice> notices = new ArrayList<>();
        SpecItem phase = null;
        SpecItem previousPhase = null;
        int taskNumber = 0;
        SpecItem previousTask = null;
        for (MarkdownBlock block : blocks) {
            Span own = block.type() == Type.PARAGRAPH ? block.span() : block.firstLine();
            TextScan.clarifications(text, own.start(), own.end(), notices);
            TextScan.placeholders(text, own, notices);
            String line = block.firstLineText(text);
            int start = block.firstLine().start();
            if (role == SpecRole.SPEC) {
                String candidate = block.type() == Type.HEADING ? MarkdownBlocks.headingTitle(block, text) : line;
                int candidateStart = block.type() == Type.HEADING ? start + line.indexOf(candidate) : start;
                Matcher requirement = REQUIREMENT.matcher(candidate);
                if (requirement.matches()) {
                    items.add(SpecItem.builder(ItemKind.REQUIREMENT, requirement.group(1),
                                    new Span(candidateStart + requirement.start(1), candidateStart + requirement.end(1)))
                            .title(requirement.group(2).replace("**", "").strip()).span(block.span()).build());
                }
            } else if (role == SpecRole.PLAN) {
                if (block.type() == Type.HEADING) {
                    Matcher matcher = PHASE.matcher(MarkdownBlocks.headingTitle(block, text));
                    if (matcher.matches()) {
                        String title = MarkdownBlocks.headingTitle(block, text);
                        int titleStart = start + line.indexOf(title);
                        previousPhase = phase != null ? phase : previousPhase;
                        phase = SpecItem.builder(ItemKind.PHASE, matcher.group(1), new Span(titleStart + matcher.start(1), titleStart + matcher.end(1)))
                                .title(matcher.group(2).strip()).span(block.span()).build();
                        items.add(phase);
                        if (previousPhase != null) {
                            refs.add(SpecRef.implicit(RefKind.DEPENDS_ON, phase, previousPhase.id(), PHASES, PHASE_ORDER));
                        }
                        taskNumber = 0;
                        previousTask = null;
                    }
                    continue;
                }
                Matcher task = TASK.matcher(line);
                if (block.type() == Type.LIST_ITEM && phase != null && task.find()) {
                    taskNumber++;
                    int titleStart = start + task.start(2);
                    int lineEnd = block.firstLine().end();
                    SpecItem item = SpecItem.builder(ItemKind.TASK, phase.id() + "." + taskNumber, new Span(start + task.start(1) - 1, start + task.end(1) + 1))
                            .title(task.group(2).strip())
                            .status(task.group(1).isBlank() ? ItemStatus.TODO : ItemStatus.DONE, new Span(start + task.start(1) - 1, start + task.end(1) + 1))
                            .span(block.span())
                            .scope(phase.key())
                            .level(block.level())
                            .owns(TextScan.paths(text, titleStart, lineEnd))
                            .build();
                    items.add(item);
                    refs.add(SpecRef.implicit(RefKind.PARENT, item, phase.id(), PHASES, "the task is listed under phase " + phase.id()));
                    if (previousTask != null) {
                        refs.add(SpecRef.implicit(RefKind.DEPENDS_ON, item, previousTask.id(), TASKS, TASK_ORDER));
                    }
                    previousTask = item;
                    Matcher mention = REQUIREMENT_MENTION.matcher(text).region(titleStart, block.span().end());
                    while (mention.find()) {
                        refs.add(new SpecRef(RefKind.IMPLEMENTS, Strength.INFERRED, item.kind(), item.key(), mention.group(1), REQUIREMENTS,
                                new Span(mention.start(1), mention.end(1)), null, null));
                    }
                }
            }
        }
        return new SpecDocument(SpecFormat.SPECPILOT, role, items, refs, List.of(), notices, MarkdownBlocks.sections(blocks, text));
    }
}
