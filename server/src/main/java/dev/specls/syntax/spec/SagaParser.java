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
 * Reads the files of a Saga spec tree: {@code SAGA.md} (the milestone index
 * {@code 1. 01-slug — …; depends on: none}), {@code milestones/NN-slug/MILESTONE.md} ({@code - Depends on:},
 * validation criteria), {@code milestones/NN-slug/tasks/NN-slug.md} ({@code # Task m.n: …},
 * {@code - Depends on: 1.1 | none}, owned files, validation criteria) and {@code PROGRESS.md}
 * ({@code - 1.1 name: done | in progress | blocked | pending — …}). A task or milestone file without
 * its {@code # Task m.n:} or {@code # Milestone N:} heading declares an item with an empty id, which
 * {@link #numbered} fills in from the tree's folders once the caller knows the path. Never throws.
 */
public final class SagaParser {

    public static final String IN_MILESTONE = "a Saga task starts only once the milestones its milestone depends on are done";

    private static final Pattern TASK_HEADING = Pattern.compile("^Task\\s+((\\d+)\\.(\\d+))\\s*[:.—–-]?\\s*(.*)$");
    private static final Pattern MILESTONE_HEADING = Pattern.compile("^Milestone\\s+(\\d+)\\s*[:.—–-]?\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("^(?:[-*+]\\s+)?[*_]{0,2}([A-Za-z][A-Za-z /]*?)[*_]{0,2}\\s*:\\s*[*_]{0,2}\\s*");
    private static final Pattern INDEX_ENTRY = Pattern.compile("^(\\d+)[.)]\\s+(\\d+)-[\\w.-]+");
    private static final Pattern INDEX_DEPENDS = Pattern.compile("(?i)depends\\s+on\\s*:\\s*");
    private static final Pattern PROGRESS = Pattern.compile("^[-*+]\\s+(\\d+\\.\\d+)\\s+(.*?)\\s*:\\s*(done|in[ -]progress|blocked|pending|failed|skipped)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK_ID = Pattern.compile("(?<![\\w.])(\\d+\\.\\d+)(?![\\w.])");
    private static final Pattern MILESTONE_REF = Pattern.compile("(?<![\\w.])0*(\\d+)(?:-[\\w-]+)?(?![\\w.])");

    private static final Set<ItemKind> MILESTONES = Set.of(ItemKind.PHASE);
    private static final Set<ItemKind> TASKS = Set.of(ItemKind.TASK);

    private SagaParser() {
    }

    public static SpecDocument parse(String text, SpecRole role) {
        List<MarkdownBlock> blocks = MarkdownBlocks.of(text);
        Reading reading = new Reading(text, role);
        for (MarkdownBlock block : blocks) {
            reading.read(block);
        }
        reading.finish();
        return new SpecDocument(SpecFormat.SAGA, role, reading.items, reading.refs, reading.claims, reading.notices, MarkdownBlocks.sections(blocks, text));
    }

    /**
     * The document with the id its place in the tree gives (milestone {@code 2}, task {@code 2.3}) for an
     * item declared without a heading; the document itself when every item has its id.
     */
    public static SpecDocument numbered(SpecDocument document, int milestone, int task) {
        if (document.items().stream().noneMatch(item -> item.id().isEmpty()) || milestone <= 0) {
            return document;
        }
        String id = document.role() == SpecRole.SAGA_TASK ? milestone + "." + task : String.valueOf(milestone);
        String scope = String.valueOf(milestone);
        List<SpecItem> items = new ArrayList<>();
        for (SpecItem item : document.items()) {
            items.add(!item.id().isEmpty() ? item : new SpecItem(item.kind(), id, ItemIds.canonical(id), item.idSpan(), item.span(), item.title(),
                    item.status(), item.statusSpan(), item.kind() == ItemKind.TASK ? scope : item.scope(), item.level(), item.parallel(), item.owns(),
                    item.criteria(), item.criteriaTitle(), item.wave(), item.waveSpan()));
        }
        List<SpecRef> refs = new ArrayList<>();
        for (SpecRef ref : document.refs()) {
            boolean ofTheItem = "".equals(ref.fromKey());
            String target = ofTheItem && ref.kind() == RefKind.PARENT ? scope : ref.target();
            refs.add(ofTheItem ? new SpecRef(ref.kind(), ref.strength(), ref.fromKind(), ItemIds.canonical(id), target, ref.targetKinds(), ref.span(),
                    ref.source(), ref.qualifier()) : ref);
        }
        List<SpecNotice> notices = document.notices().stream()
                .map(notice -> notice.detail().isEmpty() ? new SpecNotice(notice.kind(), notice.span(), id) : notice).toList();
        return new SpecDocument(document.format(), document.role(), items, refs, document.claims(), notices, document.sections());
    }

    private static final class Reading {
        final String text;
        final SpecRole role;
        final List<SpecItem> items = new ArrayList<>();
        final List<SpecRef> refs = new ArrayList<>();
        final List<StatusClaim> claims = new ArrayList<>();
        final List<SpecNotice> notices = new ArrayList<>();
        final List<Mention> owns = new ArrayList<>();
        final List<Mention> criteria = new ArrayList<>();
        final List<Mention> dependencies = new ArrayList<>();
        String id;
        Span idSpan;
        String title = "";
        boolean sawDependsOn;
        Span criteriaHeading;
        String section = "";

        Reading(String text, SpecRole role) {
            this.text = text;
            this.role = role;
        }

        void read(MarkdownBlock block) {
            TextScan.placeholders(text, block.type() == Type.PARAGRAPH ? block.span() : block.firstLine(), notices);
            String line = block.firstLineText(text);
            int start = block.firstLine().start();
            if (block.type() == Type.HEADING) {
                heading(block, line);
                return;
            }
            switch (role) {
                case SAGA -> indexEntry(block, line, start);
                case PROGRESS -> progress(line, start);
                case MILESTONE, SAGA_TASK -> specLine(block, line, start);
                default -> {
                }
            }
        }

        void heading(MarkdownBlock block, String line) {
            String headingTitle = MarkdownBlocks.headingTitle(block, text);
            int titleStart = block.span().start() + Math.max(0, line.indexOf(headingTitle));
            section = headingTitle.toLowerCase(Locale.ROOT);
            if (section.contains("validation criteria") || section.equals("acceptance criteria") || section.equals("criteria")) {
                criteriaHeading = block.span();
            }
            if (id != null || block.level() != 1) {
                return;
            }
            Matcher matcher = (role == SpecRole.SAGA_TASK ? TASK_HEADING : MILESTONE_HEADING).matcher(headingTitle);
            if (role != SpecRole.SAGA_TASK && role != SpecRole.MILESTONE) {
                return;
            }
            if (matcher.matches()) {
                id = matcher.group(1);
                idSpan = new Span(titleStart + matcher.start(1), titleStart + matcher.end(1));
                title = matcher.group(role == SpecRole.SAGA_TASK ? 4 : 2).strip();
            } else {
                title = headingTitle;
            }
        }

        void indexEntry(MarkdownBlock block, String line, int start) {
            if (block.type() != Type.LIST_ITEM) {
                return;
            }
            Matcher entry = INDEX_ENTRY.matcher(line);
            if (!entry.find()) {
                return;
            }
            String number = String.valueOf(Integer.parseInt(entry.group(2)));
            Span span = new Span(start + entry.start(2), start + entry.end());
            refs.add(new SpecRef(RefKind.CITES, Strength.EXPLICIT, null, null, number, MILESTONES, span, null, null));
            Matcher depends = INDEX_DEPENDS.matcher(line);
            if (depends.find()) {
                milestoneList(start + depends.end(), block.firstLine().end(), ItemKind.PHASE, ItemIds.canonical(number));
            }
        }

        void progress(String line, int start) {
            Matcher matcher = PROGRESS.matcher(line);
            if (matcher.find()) {
                String word = matcher.group(3).toLowerCase(Locale.ROOT).replace('-', ' ');
                ItemStatus status = switch (word) {
                    case "done" -> ItemStatus.DONE;
                    case "in progress" -> ItemStatus.IN_PROGRESS;
                    case "blocked" -> ItemStatus.BLOCKED;
                    case "failed" -> ItemStatus.FAILED;
                    case "skipped" -> ItemStatus.SKIPPED;
                    default -> ItemStatus.TODO;
                };
                claims.add(new StatusClaim(matcher.group(1), new Span(start + matcher.start(1), start + matcher.end(1)), matcher.group(2),
                        status, new Span(start + matcher.start(3), start + matcher.end(3))));
            }
        }

        void specLine(MarkdownBlock block, String line, int start) {
            Matcher field = FIELD.matcher(line);
            if (field.find()) {
                String name = field.group(1).strip().toLowerCase(Locale.ROOT);
                int valueStart = start + field.end();
                int valueEnd = TextScan.trimEnd(text, valueStart, block.firstLine().end());
                if (name.equals("depends on") || name.equals("dependencies")) {
                    sawDependsOn = true;
                    dependencies.add(new Mention(text.substring(valueStart, valueEnd), new Span(valueStart, valueEnd)));
                    return;
                }
                if (name.startsWith("owned") || name.equals("owns") || name.equals("files")) {
                    ownedValue(valueStart, valueEnd);
                    return;
                }
            }
            if (block.type() == Type.LIST_ITEM && criteriaHeading != null && isCriteriaSection()) {
                int itemStart = TextScan.skipBlanks(text, start + markerLength(line), block.firstLine().end());
                int itemEnd = TextScan.trimEnd(text, itemStart, block.span().end());
                if (itemEnd > itemStart) {
                    String criterion = text.substring(itemStart, itemEnd);
                    if (criterion.startsWith("[ ] ") || criterion.startsWith("[x] ")) {
                        itemStart += 4;
                    }
                    criteria.add(new Mention(text.substring(itemStart, itemEnd), new Span(itemStart, itemEnd)));
                }
            } else if (block.type() == Type.LIST_ITEM && section.contains("owned")) {
                int itemStart = start + markerLength(line);
                ownedValue(itemStart, block.firstLine().end());
            }
        }

        boolean isCriteriaSection() {
            return section.contains("validation criteria") || section.equals("acceptance criteria") || section.equals("criteria");
        }

        void ownedValue(int start, int end) {
            List<Mention> found = TextScan.paths(text, start, end);
            if (found.isEmpty()) {
                int from = TextScan.skipBlanks(text, start, end);
                int to = TextScan.trimEnd(text, from, end);
                if (to > from && !TextScan.saysNone(text.substring(from, to))) {
                    owns.add(new Mention(text.substring(from, to).replace("`", ""), new Span(from, to)));
                }
            } else {
                owns.addAll(found);
            }
        }

        static int markerLength(String line) {
            int at = 0;
            while (at < line.length() && (line.charAt(at) == '-' || line.charAt(at) == '*' || line.charAt(at) == '+' || Character.isDigit(line.charAt(at))
                    || line.charAt(at) == '.' || line.charAt(at) == ')')) {
                at++;
            }
            return at;
        }

        void finish() {
            if (role == SpecRole.SAGA_TASK) {
                finishTask();
            } else if (role == SpecRole.MILESTONE) {
                finishMilestone();
            }
        }

        void finishTask() {
            if (id == null) {
                id = "";
                idSpan = Span.at(0);
            }
            SpecItem item = SpecItem.builder(ItemKind.TASK, id, idSpan)
                    .title(title)
                    .span(new Span(0, text.length()))
                    .scope(id.isEmpty() ? "" : ItemIds.canonical(id.substring(0, id.indexOf('.'))))
                    .owns(owns)
                    .criteria(criteriaHeading, criteria)
                    .build();
            items.add(item);
            refs.add(SpecRef.implicit(RefKind.PARENT, item, item.scope(), MILESTONES, IN_MILESTONE));
            for (Mention dependency : dependencies) {
                if (TextScan.saysNone(dependency.text())) {
                    continue;
                }
                Matcher matcher = TASK_ID.matcher(text).region(dependency.span().start(), dependency.span().end());
                while (matcher.find()) {
                    refs.add(SpecRef.explicit(RefKind.DEPENDS_ON, item, matcher.group(1), TASKS, new Span(matcher.start(1), matcher.end(1))));
                }
            }
            if (!sawDependsOn) {
                notices.add(new SpecNotice(NoticeKind.MISSING_DEPENDS_ON, idSpan, id));
            }
        }

        void finishMilestone() {
            if (id == null) {
                id = "";
                idSpan = Span.at(0);
            }
            SpecItem item = SpecItem.builder(ItemKind.PHASE, id, idSpan)
                    .title(title)
                    .span(new Span(0, text.length()))
                    .criteria(criteriaHeading, criteria)
                    .build();
            items.add(item);
            for (Mention dependency : dependencies) {
                milestoneList(dependency.span().start(), dependency.span().end(), ItemKind.PHASE, item.key());
            }
        }

        /** {@code none}, {@code 1, 2}, {@code 01-setup}: the milestones a milestone waits for. */
        void milestoneList(int start, int end, ItemKind fromKind, String fromKey) {
            if (TextScan.saysNone(text.substring(start, end))) {
                return;
            }
            Matcher matcher = MILESTONE_REF.matcher(text).region(start, end);
            while (matcher.find()) {
                refs.add(new SpecRef(RefKind.DEPENDS_ON, Strength.EXPLICIT, fromKind, fromKey, matcher.group(1), MILESTONES,
                        new Span(matcher.start(), matcher.end()), null, null));
            }
        }
    }
}
