package dev.specls.features;

import dev.specls.features.completion.CompletionRequest;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.Mention;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.Section;
import dev.specls.syntax.spec.SpecDocument;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.syntax.spec.SpecRole;
import dev.specls.syntax.spec.StatusClaim;
import dev.specls.syntax.spec.Strength;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecGraph;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The editor features of the non-sago spec formats' files, the same for every format: ids completed in
 * the fields that name them, an outline of the items, folding of multi-line items, and a hover card on
 * every declaration and written reference. Navigation, rename, highlights and id tokens come from the
 * spec set's symbol index, which holds the tree's ids.
 */
public final class SpecFeatures implements FormatFeatures {

    public static final SpecFeatures INSTANCE = new SpecFeatures();

    /** The fields whose value is a list of ids, by what the text before the cursor ends with, and what they name. */
    private record Field(Pattern before, Set<ItemKind> kinds) {
    }

    private static final Pattern DEPENDS_ON = Pattern.compile("(?i)(?:depends\\s+on|after|requires)\\s*:?\\s*\\*{0,2}\\s*(?:[\\w.-]+\\s*(?:,|and)\\s*)*[\\w.-]*$");

    private static final List<Field> FIELDS = List.of(
            new Field(Pattern.compile("_Depends:\\s*(?:[\\w.]+\\s*,\\s*)*[\\w.]*$"), EnumSet.of(ItemKind.TASK)),
            new Field(Pattern.compile("depends_on:\\s*\\[?\\s*(?:\"?[\\w.-]+\"?\\s*,\\s*)*\"?[\\w.-]*$"), EnumSet.of(ItemKind.TASK)),
            new Field(Pattern.compile("(?:_Requirements:|Validates:\\s*Requirements?)\\s*(?:[\\w.]+\\s*,\\s*)*[\\w.]*$"),
                    EnumSet.of(ItemKind.CRITERION, ItemKind.REQUIREMENT)),
            new Field(Pattern.compile("\\[US\\d*$"), EnumSet.of(ItemKind.STORY)),
            new Field(Pattern.compile("§\\s*[\\w-]*$"), EnumSet.of(ItemKind.REQUIREMENT, ItemKind.STORY, ItemKind.CRITERION)),
            new Field(Pattern.compile("(?i)requirements:\\s*\\[?\\s*(?:[\\w-]+\\s*,\\s*)*[\\w-]*$"), EnumSet.of(ItemKind.REQUIREMENT)),
            // A requirement cited in a task's parentheses, as Spec Kit and specpilot write it: "(FR-001)", "(FR-01, FR-02)".
            new Field(Pattern.compile("\\((?:\\s*[A-Z]{1,4}-?\\d+[a-z]?\\s*,)*\\s*(?:N?FR|SC)-?\\d*$"), EnumSet.of(ItemKind.REQUIREMENT)));

    private SpecFeatures() {
    }

    @Override
    public void complete(CompletionRequest request) {
        SpecTree tree = SpecTrees.of(request.specSet());
        if (tree == null) {
            return;
        }
        String text = request.file().text();
        int offset = request.offset();
        int lineStart = request.file().lineIndex().lineStart(request.file().lineIndex().lineOf(offset));
        String before = text.substring(lineStart, offset);
        Set<ItemKind> kinds = null;
        SpecDocument document = request.file().tree(SpecDocument.class);
        if (DEPENDS_ON.matcher(before).find()) {
            // A milestone or a GSD roadmap phase waits for milestones or phases; everything else for tasks.
            SpecRole role = document == null ? null : document.role();
            kinds = role == SpecRole.MILESTONE || role == SpecRole.ROADMAP || role == SpecRole.SAGA ? EnumSet.of(ItemKind.PHASE) : EnumSet.of(ItemKind.TASK);
        }
        for (Field field : kinds == null ? FIELDS : List.<Field>of()) {
            if (field.before().matcher(before).find()) {
                kinds = field.kinds();
                break;
            }
        }
        if (kinds == null) {
            return;
        }
        int start = offset;
        while (start > lineStart && isIdChar(text.charAt(start - 1))) {
            start--;
        }
        Set<String> offered = new LinkedHashSet<>();
        for (Declared declared : tree.declared()) {
            SpecItem item = declared.item();
            boolean holdsCursor = declared.file().uri().equals(request.file().uri()) && item.span().touches(offset);
            if (!kinds.contains(item.kind()) || item.id().isEmpty() || holdsCursor || !offered.add(item.key())) {
                continue;
            }
            String id = item.kind() == ItemKind.PHASE && item.id().startsWith("Phase ") ? item.id().substring("Phase ".length()) : item.id();
            CompletionItem completion = request.add(id, item.kind() == ItemKind.TASK ? CompletionItemKind.Function : CompletionItemKind.EnumMember,
                    start, offset, id, false);
            completion.setDetail(item.kind().word(tree.format()) + " · " + tree.status(declared).word());
            completion.setDocumentation(item.title());
        }
    }

    private static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }

    @Override
    public List<DocumentSymbols.Node> symbols(DocumentSymbols.Outline outline, SpecSet specSet) {
        SpecDocument document = outline.file().tree(SpecDocument.class);
        SpecTree tree = SpecTrees.of(specSet);
        if (document == null) {
            return List.of();
        }
        List<DocumentSymbols.Node> nodes = new ArrayList<>();
        List<DocumentSymbols.Node> open = new ArrayList<>();
        for (SpecItem item : document.items()) {
            if (item.id().isEmpty() || declaredByHeading(document, item)) {
                continue;
            }
            String status = tree == null ? item.status().word() : tree.status(tree.declarationOf(item)).word();
            DocumentSymbols.Node node = outline.node(item.id() + (item.title().isEmpty() ? "" : " " + DocumentSymbols.oneLine(item.title())),
                    item.kind().word(document.format()) + " · " + status, symbolKind(item.kind()), item.span(), item.idSpan());
            while (!open.isEmpty() && !open.get(open.size() - 1).rangeContains(item.span())) {
                open.remove(open.size() - 1);
            }
            if (open.isEmpty()) {
                nodes.add(node);
            } else {
                open.get(open.size() - 1).children().add(node);
            }
            open.add(node);
        }
        return nodes;
    }

    /** A phase, story or requirement that is a heading is in the outline as its heading already. */
    private static boolean declaredByHeading(SpecDocument document, SpecItem item) {
        for (Section section : document.sections()) {
            if (section.heading().contains(item.idSpan())) {
                return true;
            }
        }
        return false;
    }

    private static SymbolKind symbolKind(ItemKind kind) {
        return switch (kind) {
            case TASK -> SymbolKind.Function;
            case PHASE -> SymbolKind.Namespace;
            case STORY -> SymbolKind.Class;
            case REQUIREMENT -> SymbolKind.Constant;
            case CRITERION -> SymbolKind.EnumMember;
            case CHECKLIST_ITEM -> SymbolKind.Boolean;
            case PRINCIPLE -> SymbolKind.Interface;
        };
    }

    @Override
    public List<FoldingRange> foldingRanges(FeatureContext context, SourceFile file) {
        SpecDocument document = file.tree(SpecDocument.class);
        if (document == null) {
            return List.of();
        }
        List<FoldingRange> ranges = new ArrayList<>();
        for (SpecItem item : document.items()) {
            int first = file.lineIndex().lineOf(item.span().start());
            int last = file.lineIndex().lineOf(Math.max(item.span().start(), item.span().end() - 1));
            if (last > first && !declaredByHeading(document, item) && item.span().length() < file.text().length()) {
                ranges.add(new FoldingRange(first, last));
            }
        }
        return ranges;
    }

    @Override
    public Hover hover(FeatureContext context, SourceFile file, int offset) {
        SpecSet specSet = context.workspace().specSetOf(file.uri());
        SpecTree tree = SpecTrees.of(specSet);
        SpecFile specFile = tree == null ? null : tree.file(file.uri());
        if (specFile == null) {
            return null;
        }
        for (SpecItem item : specFile.document().items()) {
            if (item.idSpan().length() > 0 && item.idSpan().touches(offset)) {
                return card(context, file, tree, tree.declarationOf(item), item.idSpan());
            }
        }
        for (StatusClaim claim : specFile.document().claims()) {
            Declared claimed = tree.find(claim.key(), EnumSet.of(ItemKind.TASK, ItemKind.PHASE));
            if (claim.idSpan().touches(offset) && claimed != null) {
                return card(context, file, tree, claimed, claim.idSpan());
            }
        }
        for (SpecRef ref : specFile.document().refs()) {
            if (ref.strength() != Strength.IMPLICIT && ref.span().touches(offset)) {
                Declared target = tree.target(ref);
                if (target != null) {
                    return card(context, file, tree, target, ref.span());
                }
                return markdown(context, file, ref.span(), "**" + Hovers.escape(ref.target()) + "**\n\nNo " + ref.targetKinds().stream()
                        .map(kind -> kind.word(tree.format())).sorted().reduce((a, b) -> a + " or " + b).orElse("item") + " of this spec set has this id.");
            }
        }
        return null;
    }

    private static Hover card(FeatureContext context, SourceFile file, SpecTree tree, Declared declared, Span range) {
        SpecItem item = declared.item();
        StringBuilder card = new StringBuilder("**").append(Hovers.escape(capitalized(item.label(tree.format())))).append("**");
        if (!item.title().isEmpty()) {
            card.append(" · ").append(Hovers.escape(DocumentSymbols.oneLine(item.title())));
        }
        card.append("\n\n");
        List<String> facts = new ArrayList<>();
        if (item.scope() != null) {
            Declared scope = tree.find(item.scope(), EnumSet.of(ItemKind.PHASE, ItemKind.TASK, ItemKind.REQUIREMENT));
            if (scope != null) {
                facts.add("*" + Hovers.escape(capitalized(scope.item().label(tree.format())) + (scope.item().title().isEmpty() ? "" : ": "
                        + scope.item().title())) + "*");
            }
        }
        SpecGraph graph = tree.graph();
        if (item.waveSpan() != null) {
            facts.add("wave " + item.wave() + " (declared)");
        } else if (item.kind().scheduled()) {
            int wave = graph.wave(declared);
            facts.add(wave < 0 ? (graph.onCycle(declared) ? "in a dependency cycle" : "after a dependency cycle") : "wave " + wave);
        }
        facts.add("**" + tree.status(declared).word() + "**");
        if (item.kind() == ItemKind.TASK && item.parallel()) {
            facts.add("parallel");
        }
        card.append(String.join(" · ", facts)).append("\n\n");
        if (item.kind().scheduled()) {
            List<String> waits = new ArrayList<>();
            for (SpecGraph.Edge edge : graph.edgesFrom(declared)) {
                Declared dependency = graph.declared(edge.to());
                if (graph.isStart(edge.to()) || tree.children(declared).contains(dependency)) {
                    continue;
                }
                waits.add(Hovers.escape(dependency.item().label(tree.format())) + (edge.strength() == Strength.EXPLICIT ? "" : " *(" + Hovers.escape(edge.source()) + ")*"));
            }
            card.append("- **Waits for:** ").append(waits.isEmpty() ? "nothing" : String.join(", ", waits)).append('\n');
            List<Declared> blockers = graph.blockers(declared);
            if (!tree.status(declared).finished()) {
                card.append("- **Blocked by:** ").append(blockers.isEmpty() ? "nothing (ready)"
                        : String.join(", ", blockers.stream().map(blocker -> Hovers.escape(blocker.item().label(tree.format()))).toList())).append('\n');
            }
        }
        List<String> implemented = new ArrayList<>();
        List<String> coveredBy = new ArrayList<>();
        for (Located located : tree.refs()) {
            RefKind kind = located.ref().kind();
            if (!kind.covers()) {
                continue;
            }
            Declared source = tree.source(located);
            Declared target = tree.target(located.ref());
            if (source == declared && target != null) {
                implemented.add(Hovers.escape(target.item().label(tree.format())));
            } else if (target == declared && source != null) {
                coveredBy.add(Hovers.escape(source.item().label(tree.format())));
            }
        }
        if (!implemented.isEmpty()) {
            card.append("- **Covers:** ").append(String.join(", ", new LinkedHashSet<>(implemented))).append('\n');
        }
        if (!item.kind().scheduled()) {
            card.append("- **Covered by:** ").append(coveredBy.isEmpty() ? "no task" : String.join(", ", new LinkedHashSet<>(coveredBy))).append('\n');
        }
        if (!item.owns().isEmpty()) {
            card.append("- **Owns:** ").append(String.join(", ", item.owns().stream().map(Mention::text).map(Hovers::codeSpan).toList())).append('\n');
        }
        if (!item.criteria().isEmpty()) {
            card.append("- **Validation criteria:** ").append(item.criteria().size()).append('\n');
        }
        return markdown(context, file, range, card.toString().stripTrailing());
    }

    private static Hover markdown(FeatureContext context, SourceFile file, Span range, String markdown) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), Positions.range(file, range, context.encoding()));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
