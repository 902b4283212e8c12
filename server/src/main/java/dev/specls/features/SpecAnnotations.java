package dev.specls.features;

import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.ItemStatus;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.syntax.spec.Strength;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecGraph;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Lenses and hints for the files of the other spec formats. A lens on each task: {@code wave 1 · ready},
 * {@code blocked by T003, Phase 2}, {@code ✓ done}, then {@code covers US1, FR-001}; on each requirement,
 * story or criterion: {@code covered by T002, T004} or {@code not covered}. A hint after each written
 * dependency names the item it points at.
 */
final class SpecAnnotations {

    private SpecAnnotations() {
    }

    static List<CodeLens> codeLenses(FeatureContext context, SourceFile file, SpecTree tree) {
        SpecFile specFile = tree.file(file.uri());
        if (specFile == null) {
            return List.of();
        }
        SpecGraph graph = tree.graph();
        Map<SpecItem, Set<String>> covers = new IdentityHashMap<>();
        Map<SpecItem, Set<String>> coveredBy = new IdentityHashMap<>();
        for (Located located : tree.refs()) {
            if (!located.ref().kind().covers()) {
                continue;
            }
            Declared source = tree.source(located);
            Declared target = tree.target(located.ref());
            if (source != null && target != null) {
                covers.computeIfAbsent(source.item(), ignored -> new LinkedHashSet<>()).add(target.item().id());
                coveredBy.computeIfAbsent(target.item(), ignored -> new LinkedHashSet<>()).add(source.item().id());
            }
        }
        Map<String, List<SpecItem>> criteriaOf = new HashMap<>();
        for (SpecItem item : specFile.document().items()) {
            if (item.kind() == ItemKind.CRITERION && item.scope() != null) {
                criteriaOf.computeIfAbsent(item.scope(), ignored -> new ArrayList<>()).add(item);
            }
        }
        List<CodeLens> lenses = new ArrayList<>();
        for (SpecItem item : specFile.document().items()) {
            context.cancellation().checkCanceled();
            if (item.id().isEmpty() || item.kind() == ItemKind.PHASE || item.kind() == ItemKind.PRINCIPLE || item.kind() == ItemKind.CHECKLIST_ITEM) {
                continue;
            }
            Declared declared = tree.declarationOf(item);
            StringBuilder title = new StringBuilder();
            if (item.kind() == ItemKind.TASK) {
                ItemStatus status = tree.status(declared);
                if (status != ItemStatus.TODO && status != ItemStatus.OPTIONAL) {
                    title.append(status == ItemStatus.DONE ? "✓ " : "").append(status.word());
                } else {
                    int wave = graph.wave(declared);
                    title.append(wave >= 0 ? "wave " + wave : graph.onCycle(declared) ? "in a dependency cycle" : "after a dependency cycle");
                    List<Declared> blockers = graph.blockers(declared);
                    if (blockers.isEmpty()) {
                        title.append(wave >= 0 && tree.children(declared).isEmpty() ? " · ready" : "");
                    } else {
                        title.append(" · blocked by ").append(String.join(", ", blockers.stream().limit(Annotations.MAX_BLOCKERS_SHOWN)
                                .map(blocker -> blocker.item().label(tree.format())).toList()));
                        if (blockers.size() > Annotations.MAX_BLOCKERS_SHOWN) {
                            title.append(" +").append(blockers.size() - Annotations.MAX_BLOCKERS_SHOWN);
                        }
                    }
                }
                Set<String> covered = covers.getOrDefault(item, Set.of());
                if (!covered.isEmpty()) {
                    title.append(" · covers ").append(String.join(", ", covered));
                }
            } else if (criteriaOf.containsKey(item.key()) && !coveredBy.containsKey(item)) {
                List<SpecItem> criteria = criteriaOf.get(item.key());
                long covered = criteria.stream().filter(coveredBy::containsKey).count();
                title.append(covered).append(" of ").append(criteria.size()).append(criteria.size() == 1 ? " criterion covered" : " criteria covered");
            } else {
                Set<String> by = coveredBy.getOrDefault(item, Set.of());
                title.append(by.isEmpty() ? "not covered" : "covered by " + String.join(", ", by));
            }
            lenses.add(new CodeLens(Positions.range(file, item.idSpan(), context.encoding()), new Command(title.toString(), ""), null));
        }
        return lenses;
    }

    static List<InlayHint> inlayHints(FeatureContext context, SourceFile file, SpecTree tree, Span window) {
        SpecFile specFile = tree.file(file.uri());
        if (specFile == null) {
            return List.of();
        }
        List<InlayHint> hints = new ArrayList<>();
        for (SpecRef ref : specFile.document().refs()) {
            context.cancellation().checkCanceled();
            if (ref.strength() != Strength.EXPLICIT || ref.span().isEmpty() || !window.touches(ref.span().end())) {
                continue;
            }
            Declared target = tree.target(ref);
            if (target == null || target.item().title().isEmpty() || !ref.span().of(file.text()).equals(ref.target())) {
                continue;
            }
            InlayHintLabelPart part = new InlayHintLabelPart(": " + DocumentSymbols.oneLine(target.item().title()));
            SourceFile targetFile = context.workspace().file(target.file().uri());
            if (targetFile != null) {
                part.setLocation(Positions.location(targetFile, target.item().idSpan(), context.encoding()));
            }
            InlayHint hint = new InlayHint(Positions.position(ref.span().end(), file.lineIndex(), context.encoding()), Either.forRight(List.of(part)));
            hint.setTooltip(target.item().label(tree.format()) + " · " + tree.status(target).word());
            hints.add(hint);
        }
        return hints;
    }
}
