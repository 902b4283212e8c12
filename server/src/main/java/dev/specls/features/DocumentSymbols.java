package dev.specls.features;

import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.TaskStatus;
import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The outline of one file and fuzzy symbol search across the workspace.
 *
 * <p>Outline: a plan shows its Markdown headings with the task block inside the section that holds it
 * (root → dependencies, review, phases → tasks); a requirements file its sections with their
 * requirements; a state file its sections with task lines and fields; any other Markdown file its
 * headings. Every symbol's {@code selectionRange} is its id or name, its {@code range} the whole
 * element, line or section.
 */
public final class DocumentSymbols {

    /** At most this many workspace symbols per query: the client filters further as the user types. */
    static final int MAX_RESULTS = 256;
    /** Names and details longer than this are cut: an outline line, not the whole action text. */
    static final int MAX_LABEL = 80;

    private DocumentSymbols() {
    }

    public static List<DocumentSymbol> outline(FeatureContext context, URI uri) {
        SourceFile file = context.workspace().file(uri);
        if (file == null) {
            return List.of();
        }
        SpecSet specSet = context.workspace().specSetOf(uri);
        Outline outline = new Outline(context, file);
        MarkdownOutline markdown = file.markdownOutline();
        FormatFeatures features = context.features().of(file.kind());
        SymbolKind headingKind = features.headingKind();
        List<Node> headings = new ArrayList<>(markdown.headings().size());
        List<Node> roots = new ArrayList<>();
        for (MarkdownOutline.Heading heading : markdown.headings()) {
            context.cancellation().checkCanceled();
            Span title = titleSpan(file.text(), heading);
            Span section = new Span(heading.section().start(),
                    Math.max(heading.lineSpan().end(), MarkdownOutline.trimEnd(file.text(), heading.section().start(), heading.section().end())));
            Node node = outline.node(heading.title().isEmpty() ? "#".repeat(heading.level()) : heading.title(), null, headingKind, section, title);
            headings.add(node);
            (heading.parent() < 0 ? roots : headings.get(heading.parent()).children).add(node);
        }
        List<Node> leaves = features.symbols(outline, specSet);
        placeUnderHeadings(leaves, headings, markdown.headings(), roots);
        return roots.stream().map(Node::toSymbol).toList();
    }

    public static List<WorkspaceSymbol> search(FeatureContext context, String query) {
        return WorkspaceSearch.search(context, query == null ? "" : query.trim());
    }

    // ---- plan -------------------------------------------------------------------------------

    static List<Node> planSymbols(Outline outline, PlanDocument plan, SpecSet specSet) {
        List<Node> nodes = new ArrayList<>();
        XmlElement root = plan.xml() == null ? null : plan.xml().root();
        Node rootNode = null;
        if (root != null) {
            rootNode = outline.node(root.name(), count(plan.phases().size(), "phase") + ", " + count(plan.tasks().size(), "task"),
                    SymbolKind.Package, root.span(), root.nameSpan());
            nodes.add(rootNode);
            XmlElement dependencies = root.child("dependencies");
            if (dependencies != null) {
                Node node = outline.node("dependencies", count(plan.packages().size(), "package"), SymbolKind.Package,
                        dependencies.span(), dependencies.nameSpan());
                for (Ref pkg : plan.packages()) {
                    node.children.add(outline.node(pkg.value(), null, SymbolKind.Package, pkg.span(), pkg.span()));
                }
                rootNode.children.add(node);
            }
            Field review = plan.review();
            if (review != null) {
                rootNode.children.add(outline.node("review", oneLine(review.text()), SymbolKind.String,
                        review.element().span(), review.element().nameSpan()));
            }
        }
        for (Phase phase : plan.phases()) {
            outline.context.cancellation().checkCanceled();
            Span selection = phase.nameAttribute() != null ? phase.nameAttribute().valueSpan() : phase.element().nameSpan();
            Node phaseNode = outline.node(phase.name(), count(phase.tasks().size(), "task"),
                    SymbolKind.Module, phase.element().span(), selection);
            for (Task task : phase.tasks()) {
                outline.context.cancellation().checkCanceled();
                phaseNode.children.add(taskNode(outline, task, specSet));
            }
            if (rootNode != null && rootNode.range.contains(phaseNode.range)) {
                rootNode.children.add(phaseNode);
            } else {
                nodes.add(phaseNode);
            }
        }
        return nodes;
    }

    private static Node taskNode(Outline outline, Task task, SpecSet specSet) {
        Span selection = task.element().nameSpan();
        if (task.idAttribute() != null) {
            Span value = task.idAttribute().valueSpan();
            int at = outline.file.text().substring(value.start(), value.end()).indexOf(task.id());
            selection = task.id().isEmpty() || at < 0 ? value : new Span(value.start() + at, value.start() + at + task.id().length());
        }
        StringBuilder detail = new StringBuilder();
        if (specSet != null && specSet.status(task) != TaskStatus.PENDING) {
            detail.append(markOf(specSet.status(task))).append(' ');
        }
        if (!task.files().isEmpty()) {
            detail.append(task.files().get(0).value());
            if (task.files().size() > 1) {
                detail.append(" +").append(task.files().size() - 1);
            }
        }
        return outline.node(taskLabel(task), detail.toString().strip(), SymbolKind.Function, task.element().span(), selection);
    }

    /** {@code 1.2 Create main}, or as much of it as the task has. */
    static String taskLabel(Task task) {
        String id = task.id().isEmpty() ? "(no id)" : task.id();
        return task.nameText().isEmpty() ? id : id + " " + oneLine(task.nameText());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String markOf(TaskStatus status) {
        return status == TaskStatus.PENDING ? "" : String.valueOf(status.symbol());
    }

    // ---- requirements and state ---------------------------------------------------------------

    static List<Node> requirementSymbols(Outline outline, List<Requirement> requirements) {
        List<Node> nodes = new ArrayList<>(requirements.size());
        for (Requirement requirement : requirements) {
            outline.context.cancellation().checkCanceled();
            String detail = requirement.text();
            if (Boolean.TRUE.equals(requirement.checked())) {
                detail = "✓ " + detail;
            }
            nodes.add(outline.node(requirement.id(), detail, SymbolKind.Constant, requirement.lineSpan(), requirement.idSpan()));
        }
        return nodes;
    }

    static List<Node> stateSymbols(Outline outline, List<StateEntry> entries, List<StateField> fields) {
        List<Node> nodes = new ArrayList<>(entries.size() + fields.size());
        for (StateEntry entry : entries) {
            outline.context.cancellation().checkCanceled();
            String name = entry.mark().symbol() + " " + entry.taskId() + (entry.name().isEmpty() ? "" : " " + entry.name());
            nodes.add(outline.node(name, entry.notes(), SymbolKind.Event, entry.lineSpan(), entry.idSpan()));
        }
        for (StateField field : fields) {
            outline.context.cancellation().checkCanceled();
            Span range = new Span(field.keySpan().start(), Math.max(field.keySpan().end(), field.valueSpan().end()));
            nodes.add(outline.node(field.key(), field.value(), SymbolKind.Property, range, field.keySpan()));
        }
        nodes.sort(Comparator.comparing(node -> node.range));
        return nodes;
    }

    // ---- tree building ------------------------------------------------------------------------

    /**
     * Puts each leaf (in document order) under the innermost heading whose section holds it; one pass
     * over leaves and headings together, walking up the parent chain only as far as needed.
     */
    private static void placeUnderHeadings(List<Node> leaves, List<Node> headingNodes, List<MarkdownOutline.Heading> headings, List<Node> roots) {
        List<Node> sorted = new ArrayList<>(leaves);
        sorted.sort(Comparator.comparing(node -> node.range));
        int next = 0;
        int current = -1;
        for (Node leaf : sorted) {
            while (next < headings.size() && headings.get(next).lineSpan().start() <= leaf.range.start()) {
                current = next++;
            }
            int holder = current;
            while (holder >= 0 && !headings.get(holder).section().contains(leaf.range)) {
                holder = headings.get(holder).parent();
            }
            List<Node> into = holder < 0 ? roots : headingNodes.get(holder).children;
            into.add(leaf);
        }
        for (Node heading : headingNodes) {
            heading.children.sort(Comparator.comparing(node -> node.range));
        }
        roots.sort(Comparator.comparing(node -> node.range));
    }

    /** The heading's title inside its line, or the whole line when the title is empty. */
    private static Span titleSpan(String text, MarkdownOutline.Heading heading) {
        Span line = heading.lineSpan();
        if (heading.title().isEmpty()) {
            return line;
        }
        int at = text.substring(line.start(), line.end()).indexOf(heading.title());
        return at < 0 ? line : new Span(line.start() + at, line.start() + at + heading.title().length());
    }

    /** The text on one line: whitespace runs (line breaks included) become one space; long text ends in an ellipsis. */
    public static String oneLine(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return collapsed.length() <= MAX_LABEL ? collapsed : collapsed.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    /** Builds nodes for one file; the ranges stay spans until the tree is complete. */
    public record Outline(FeatureContext context, SourceFile file) {

        /** A node; a selection outside the range becomes the range's start, a blank name {@code (unnamed)}. */
        public Node node(String name, String detail, SymbolKind kind, Span range, Span selection) {
            Span safeSelection = range.contains(selection) ? selection : new Span(range.start(), range.start());
            return new Node(this, name.isBlank() ? "(unnamed)" : name, detail, kind, range, safeSelection);
        }
    }

    /** One entry of the outline; add its children to {@link #children()}. */
    public static final class Node {
        private final Outline outline;
        private final String name;
        private final String detail;
        private final SymbolKind kind;
        private final Span range;
        private final Span selection;
        private final List<Node> children = new ArrayList<>();

        Node(Outline outline, String name, String detail, SymbolKind kind, Span range, Span selection) {
            this.outline = outline;
            this.name = name;
            this.detail = detail;
            this.kind = kind;
            this.range = range;
            this.selection = selection;
        }

        public List<Node> children() {
            return children;
        }

        /** True when the node's range holds the span: what nesting items under an item needs. */
        public boolean rangeContains(Span span) {
            return range.contains(span);
        }

        DocumentSymbol toSymbol() {
            DocumentSymbol symbol = new DocumentSymbol(name, kind,
                    Positions.range(outline.file, range, outline.context.encoding()),
                    Positions.range(outline.file, selection, outline.context.encoding()),
                    detail == null || detail.isEmpty() ? null : detail);
            if (!children.isEmpty()) {
                symbol.setChildren(children.stream().map(Node::toSymbol).toList());
            }
            return symbol;
        }
    }

    /** Workspace symbol search: tasks, phases and requirements of every spec set, ranked fuzzily. */
    static final class WorkspaceSearch {

        private record Candidate(WorkspaceSymbol symbol, String id, String name, int order) {
        }

        private record Scored(Candidate candidate, int score) {
        }

        private WorkspaceSearch() {
        }

        static List<WorkspaceSymbol> search(FeatureContext context, String query) {
            List<SpecSet> specSets = new ArrayList<>(context.workspace().specSets());
            specSets.sort(Comparator.comparing(specSet -> String.valueOf(specSet.folder())));
            List<Scored> found = new ArrayList<>();
            int[] order = {0};
            for (SpecSet specSet : specSets) {
                for (Candidate candidate : candidates(context, specSet, order)) {
                    context.cancellation().checkCanceled();
                    int score = Math.max(Fuzzy.score(query, candidate.id), Fuzzy.score(query, candidate.name));
                    if (score > 0) {
                        found.add(new Scored(candidate, score));
                    }
                }
            }
            found.sort(Comparator.comparingInt((Scored scored) -> -scored.score)
                    .thenComparingInt(scored -> scored.candidate.symbol.getName().length())
                    .thenComparingInt(scored -> scored.candidate.order));
            return found.stream().limit(MAX_RESULTS).map(scored -> scored.candidate.symbol).toList();
        }

        private static List<Candidate> candidates(FeatureContext context, SpecSet specSet, int[] order) {
            List<Candidate> candidates = new ArrayList<>();
            SourceFile plan = specSet.plan();
            if (plan != null && plan.plan() != null) {
                for (Phase phase : plan.plan().phases()) {
                    context.cancellation().checkCanceled();
                    Span selection = phase.nameAttribute() != null ? phase.nameAttribute().valueSpan() : phase.element().nameSpan();
                    candidates.add(new Candidate(symbol(context, plan, phase.name(), SymbolKind.Module, selection, null),
                            "", phase.name(), order[0]++));
                    for (Task task : phase.tasks()) {
                        context.cancellation().checkCanceled();
                        Span selection2 = task.idAttribute() != null ? task.idAttribute().valueSpan() : task.element().nameSpan();
                        candidates.add(new Candidate(symbol(context, plan, taskLabel(task), SymbolKind.Function, selection2, phase.name()),
                                task.id(), oneLine(task.nameText()), order[0]++));
                    }
                }
            }
            SourceFile requirements = specSet.requirements();
            if (requirements != null && requirements.requirements() != null) {
                for (Requirement requirement : requirements.requirements().requirements()) {
                    context.cancellation().checkCanceled();
                    String label = requirement.text().isEmpty() ? requirement.id() : requirement.id() + " " + requirement.text();
                    candidates.add(new Candidate(symbol(context, requirements, label, SymbolKind.Constant, requirement.idSpan(),
                            requirement.sectionTitle().isEmpty() ? null : requirement.sectionTitle()),
                            requirement.id(), requirement.text(), order[0]++));
                }
            }
            return candidates;
        }

        private static WorkspaceSymbol symbol(FeatureContext context, SourceFile file, String name, SymbolKind kind, Span span, String container) {
            Location location = Positions.location(file, span, context.encoding());
            WorkspaceSymbol symbol = new WorkspaceSymbol(name, kind, Either.forLeft(location));
            symbol.setContainerName(container);
            return symbol;
        }
    }

    /**
     * Fuzzy matching, case-insensitive: exact beats prefix beats a match at a word start beats a
     * substring beats a subsequence. 0 means no match. An empty query matches everything weakly.
     */
    static final class Fuzzy {

        static final int EXACT = 5;
        static final int PREFIX = 4;
        static final int WORD_START = 3;
        static final int SUBSTRING = 2;
        static final int SUBSEQUENCE = 1;

        private Fuzzy() {
        }

        static int score(String query, String candidate) {
            if (candidate == null || candidate.isEmpty()) {
                return 0;
            }
            if (query.isEmpty()) {
                return SUBSEQUENCE;
            }
            String q = query.toLowerCase(Locale.ROOT);
            String c = candidate.toLowerCase(Locale.ROOT);
            if (c.equals(q)) {
                return EXACT;
            }
            if (c.startsWith(q)) {
                return PREFIX;
            }
            int at = c.indexOf(q);
            int best = 0;
            while (at >= 0) {
                if (!Character.isLetterOrDigit(c.charAt(at - 1))) {
                    return WORD_START;
                }
                best = SUBSTRING;
                at = c.indexOf(q, at + 1);
            }
            if (best > 0) {
                return best;
            }
            int i = 0;
            for (int j = 0; j < c.length() && i < q.length(); j++) {
                if (c.charAt(j) == q.charAt(i)) {
                    i++;
                }
            }
            return i == q.length() ? SUBSEQUENCE : 0;
        }
    }
}
