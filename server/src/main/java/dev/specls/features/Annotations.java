package dev.specls.features;

import dev.specls.syntax.TaskStatus;
import dev.specls.features.prompt.PromptFeatures;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.text.Span;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Inlay hints (task names after depends_on ids) and code lenses (a task's wave, readiness and dependents).
 *
 * <p>Hints: after each {@code depends_on} id that resolves, {@code : Create config}; in STATE.md after a
 * field's task id or a task line that lacks the name. A hint's label links to the task, so a client
 * that supports label locations jumps there on click.
 *
 * <p>Lenses, one per task on its start tag, display-only: {@code layer 1 · blocked by 1.2, 2.1 · 2 dependents},
 * {@code layer 0 · ready}, {@code ✓ done · 1 dependent}, {@code ✗ failed}, {@code ⊘ skipped}, or
 * {@code in a dependency cycle} / {@code after a dependency cycle} instead of the layer, which such a
 * task does not have.
 */
public final class Annotations {

    /** Blockers named in a lens before the rest is counted as {@code +N}. */
    static final int MAX_BLOCKERS_SHOWN = 3;

    private Annotations() {
    }

    public static List<InlayHint> inlayHints(FeatureContext context, URI uri, Range range) {
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null) {
            Span window = range == null ? new Span(0, prompt.file().text().length()) : Positions.span(prompt.file(), range, context.encoding());
            return PromptFeatures.inlayHints(context, prompt, window);
        }
        SourceFile file = context.workspace().file(uri);
        SpecSet specSet = context.workspace().specSetOf(uri);
        if (file == null || specSet == null) {
            return List.of();
        }
        Span window = range == null ? new Span(0, file.text().length()) : Positions.span(file, range, context.encoding());
        SpecTree tree = SpecTrees.of(specSet);
        if (tree != null) {
            return SpecAnnotations.inlayHints(context, file, tree, window);
        }
        List<InlayHint> hints = new ArrayList<>();
        if (file.plan() != null && file.uri().equals(specSet.planUri())) {
            for (Task task : file.plan().tasks()) {
                context.cancellation().checkCanceled();
                Span value = task.dependsOnAttribute() == null ? null : task.dependsOnAttribute().valueSpan();
                if (value == null || value.start() > window.end() || value.end() < window.start()) {
                    continue;
                }
                for (Ref ref : task.dependsOn()) {
                    if (window.touches(ref.span().end())) {
                        addNameHint(context, file, specSet, ref.value(), ref.span().end(), ": ", false, hints);
                    }
                }
            }
        }
        if (file.state() != null && file.uri().equals(specSet.stateUri())) {
            for (StateField field : file.state().fields()) {
                context.cancellation().checkCanceled();
                Ref ref = field.taskRef();
                if (ref != null && window.touches(ref.span().end()) && nameMissingAfter(file.text(), ref.span().end(), field.valueSpan().end())) {
                    addNameHint(context, file, specSet, ref.value(), ref.span().end(), ": ", false, hints);
                }
            }
            for (StateEntry entry : file.state().entries()) {
                context.cancellation().checkCanceled();
                if (entry.name().isEmpty() && window.touches(entry.lineSpan().end())) {
                    addNameHint(context, file, specSet, entry.taskId(), entry.lineSpan().end(), "", true, hints);
                }
            }
        }
        hints.sort((a, b) -> a.getPosition().getLine() != b.getPosition().getLine()
                ? Integer.compare(a.getPosition().getLine(), b.getPosition().getLine())
                : Integer.compare(a.getPosition().getCharacter(), b.getPosition().getCharacter()));
        return hints;
    }

    /** True when nothing but spaces and a colon follow the id up to the end of the field's value. */
    private static boolean nameMissingAfter(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ':') {
                return false;
            }
        }
        return true;
    }

    private static void addNameHint(FeatureContext context, SourceFile file, SpecSet specSet, String id, int at, String prefix,
            boolean paddingLeft, List<InlayHint> into) {
        Task task = specSet.task(id);
        if (task == null || task.nameText().isEmpty()) {
            return;
        }
        InlayHintLabelPart part = new InlayHintLabelPart(prefix + DocumentSymbols.oneLine(task.nameText()));
        SourceFile plan = specSet.plan();
        Span target = task.idAttribute() != null ? task.idAttribute().valueSpan() : task.element().nameSpan();
        part.setLocation(Positions.location(plan, target, context.encoding()));
        InlayHint hint = new InlayHint(Positions.position(at, file.lineIndex(), context.encoding()), Either.forRight(List.of(part)));
        hint.setPaddingLeft(paddingLeft);
        hint.setTooltip("Task " + task.id() + " · " + specSet.status(task).word());
        into.add(hint);
    }

    public static List<CodeLens> codeLenses(FeatureContext context, URI uri) {
        SourceFile file = context.workspace().file(uri);
        SpecSet specSet = context.workspace().specSetOf(uri);
        SpecTree tree = SpecTrees.of(specSet);
        if (file != null && tree != null) {
            return SpecAnnotations.codeLenses(context, file, tree);
        }
        if (file == null || specSet == null || file.plan() == null || !file.uri().equals(specSet.planUri())) {
            return List.of();
        }
        PlanGraph graph = specSet.graph();
        List<CodeLens> lenses = new ArrayList<>(file.plan().tasks().size());
        Map<Task, Boolean> inCycle = new IdentityHashMap<>();
        for (PlanGraph.Cycle cycle : graph.cycles()) {
            cycle.path().forEach(task -> inCycle.put(task, true));
        }
        for (Phase phase : file.plan().phases()) {
            // Implicit dependencies are every earlier task of the phase: keep the unfinished ones as we go, so
            // each lens costs its own explicit list only and the whole request stays linear.
            List<String> unfinishedEarlier = new ArrayList<>(MAX_BLOCKERS_SHOWN);
            int unfinishedCount = 0;
            for (Task task : phase.tasks()) {
                context.cancellation().checkCanceled();
                TaskStatus status = specSet.status(task);
                StringBuilder title = new StringBuilder();
                if (status != TaskStatus.PENDING) {
                    title.append(DocumentSymbols.markOf(status)).append(' ').append(status.word());
                } else {
                    int layer = graph.layer(task);
                    title.append(layer >= 0 ? "layer " + layer : inCycle.containsKey(task) ? "in a dependency cycle" : "after a dependency cycle");
                    List<String> blockers;
                    int blockerCount;
                    if (task.hasImplicitDependencies()) {
                        blockers = unfinishedEarlier;
                        blockerCount = unfinishedCount;
                    } else {
                        Set<String> explicit = new LinkedHashSet<>();
                        for (Ref ref : task.dependsOn()) {
                            Task dependency = specSet.task(ref.value());
                            if (dependency == null || specSet.status(dependency) != TaskStatus.DONE) {
                                explicit.add(ref.value());
                            }
                        }
                        blockers = new ArrayList<>(explicit);
                        blockerCount = explicit.size();
                    }
                    if (blockerCount == 0) {
                        title.append(" · ready");
                    } else {
                        title.append(" · blocked by ").append(String.join(", ", blockers.subList(0, Math.min(MAX_BLOCKERS_SHOWN, blockers.size()))));
                        if (blockerCount > MAX_BLOCKERS_SHOWN) {
                            title.append(" +").append(blockerCount - MAX_BLOCKERS_SHOWN);
                        }
                    }
                }
                int dependents = graph.dependents(task).size();
                if (dependents > 0) {
                    title.append(" · ").append(dependents).append(dependents == 1 ? " dependent" : " dependents");
                }
                Range range = Positions.range(file, task.element().startTagSpan(), context.encoding());
                lenses.add(new CodeLens(range, new Command(title.toString(), ""), null));
                if (status != TaskStatus.DONE) {
                    if (unfinishedEarlier.size() < MAX_BLOCKERS_SHOWN) {
                        unfinishedEarlier.add(task.id().isEmpty() ? "(no id)" : task.id());
                    }
                    unfinishedCount++;
                }
            }
        }
        return lenses;
    }
}
