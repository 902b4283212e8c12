package dev.specls.workspace;

import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.syntax.spec.StatusClaim;
import dev.specls.syntax.spec.Strength;
import dev.specls.text.Span;
import dev.specls.workspace.spec.Claimed;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place a spec set names a task id or a requirement id: the declarations, and the references
 * from {@code depends_on}, STATE.md lines and fields, and requirement citations in tasks; for the other
 * spec formats, every declared item and every written reference of the spec tree. Navigation,
 * rename, highlighting, tokens and hints all read this one index, so they agree on what an id is.
 */
public final class SymbolIndex {

    public enum Kind { TASK, REQUIREMENT }

    public enum Role { DECLARATION, REFERENCE }

    /**
     * One occurrence.
     *
     * @param key  the task id, or the canonical requirement id ({@code FR-1} for {@code FR-001})
     * @param text the id as written here
     * @param task the task that declares the id or whose text holds the reference; {@code null} outside the plan
     */
    public record Occurrence(Kind kind, Role role, String key, String text, URI uri, Span span, Task task) {
    }

    private static final Comparator<Occurrence> BY_POSITION = Comparator.comparing(Occurrence::span);

    private final Map<URI, List<Occurrence>> byFile = new HashMap<>();
    private final Map<Kind, Map<String, List<Occurrence>>> byKey = new HashMap<>();

    private SymbolIndex() {
    }

    static SymbolIndex of(SpecSet specSet) {
        SymbolIndex index = new SymbolIndex();
        URI plan = specSet.planUri();
        if (plan != null) {
            for (Task task : specSet.planDocument().tasks()) {
                if (task.idAttribute() != null && !task.id().isEmpty()) {
                    index.add(new Occurrence(Kind.TASK, Role.DECLARATION, task.id(), task.id(), plan,
                            trimmedIdSpan(specSet.plan().text(), task), task));
                }
                for (Ref dependency : task.dependsOn()) {
                    index.add(new Occurrence(Kind.TASK, Role.REFERENCE, dependency.value(), dependency.value(), plan, dependency.span(), task));
                }
            }
            for (Citation citation : specSet.citations()) {
                String key = RequirementId.canonical(citation.ref().value());
                if (citation.explicit() || !specSet.requirements(key).isEmpty()) {
                    index.add(new Occurrence(Kind.REQUIREMENT, Role.REFERENCE, key, citation.ref().value(), plan,
                            citation.ref().span(), citation.task()));
                }
            }
        }
        if (specSet.requirements() != null) {
            for (Requirement requirement : specSet.requirements().requirements().requirements()) {
                index.add(new Occurrence(Kind.REQUIREMENT, Role.DECLARATION, requirement.canonicalId(), requirement.id(),
                        specSet.requirementsUri(), requirement.idSpan(), null));
            }
        }
        if (specSet.state() != null) {
            URI state = specSet.stateUri();
            for (StateEntry entry : specSet.state().state().entries()) {
                index.add(new Occurrence(Kind.TASK, Role.REFERENCE, entry.taskId(), entry.taskId(), state, entry.idSpan(), null));
            }
            for (StateField field : specSet.state().state().fields()) {
                if (field.taskRef() != null) {
                    Ref ref = field.taskRef();
                    index.add(new Occurrence(Kind.TASK, Role.REFERENCE, ref.value(), ref.value(), state, ref.span(), null));
                }
            }
        }
        SpecTree tree = SpecTrees.of(specSet);
        if (tree != null) {
            index.addTree(tree);
        }
        index.byFile.values().forEach(occurrences -> occurrences.sort(BY_POSITION));
        return index;
    }

    /**
     * A spec tree's ids: tasks and phases (milestones) as tasks, requirements, criteria, stories,
     * checklist items and principles as requirements; a reference counts where it names an id the tree
     * declares, or is written out (implicit references have no text of their own).
     */
    private void addTree(SpecTree tree) {
        for (Declared declared : tree.declared()) {
            SpecItem item = declared.item();
            if (!item.id().isEmpty() && item.idSpan().length() > 0) {
                add(new Occurrence(kindOf(item.kind()), Role.DECLARATION, item.key(), item.idSpan().of(declared.file().text()),
                        declared.file().uri(), item.idSpan(), null));
            }
        }
        for (Located located : tree.refs()) {
            SpecRef ref = located.ref();
            if (ref.strength() == Strength.IMPLICIT || ref.span().length() == 0 || ref.qualifier() != null) {
                continue;
            }
            String written = ref.span().of(located.file().text());
            if (!ItemIds.canonical(written).equals(ref.targetKey())) {
                continue;
            }
            Declared target = tree.target(ref);
            Kind kind = target != null ? kindOf(target.item().kind())
                    : ref.targetKinds().contains(ItemKind.TASK) || ref.targetKinds().contains(ItemKind.PHASE) ? Kind.TASK : Kind.REQUIREMENT;
            add(new Occurrence(kind, Role.REFERENCE, ref.targetKey(), written, located.file().uri(), ref.span(), null));
        }
        for (Claimed claimed : tree.claims()) {
            StatusClaim claim = claimed.claim();
            add(new Occurrence(Kind.TASK, Role.REFERENCE, claim.key(), claim.id(), claimed.file().uri(), claim.idSpan(), null));
        }
    }

    private static Kind kindOf(ItemKind kind) {
        return kind.scheduled() ? Kind.TASK : Kind.REQUIREMENT;
    }

    /** The id inside the attribute value (sago keeps it as written, spaces included); the whole value when entities hide it. */
    private static Span trimmedIdSpan(String text, Task task) {
        Span value = task.idAttribute().valueSpan();
        // Almost always written exactly: no copy of the value to search it then.
        int at = text.startsWith(task.id(), value.start()) && value.length() == task.id().length() ? 0
                : text.substring(value.start(), value.end()).indexOf(task.id());
        return at < 0 ? value : new Span(value.start() + at, value.start() + at + task.id().length());
    }

    private void add(Occurrence occurrence) {
        byFile.computeIfAbsent(occurrence.uri(), ignored -> new ArrayList<>()).add(occurrence);
        byKey.computeIfAbsent(occurrence.kind(), ignored -> new HashMap<>())
                .computeIfAbsent(occurrence.key(), ignored -> new ArrayList<>(2)).add(occurrence);
    }

    /** The occurrences in one file, by position. */
    public List<Occurrence> in(URI uri) {
        return Collections.unmodifiableList(byFile.getOrDefault(Uris.normalize(uri), List.of()));
    }

    /** The occurrence under a cursor at {@code offset} (touching its end counts), or {@code null}. */
    public Occurrence at(URI uri, int offset) {
        List<Occurrence> occurrences = in(uri);
        int low = 0;
        int high = occurrences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span span = occurrences.get(middle).span();
            if (span.end() < offset) {
                low = middle + 1;
            } else if (span.start() > offset) {
                high = middle - 1;
            } else {
                return occurrences.get(middle);
            }
        }
        return null;
    }

    /** Every occurrence of one id, in the order the index met them: plan, requirements, state. */
    public List<Occurrence> of(Kind kind, String key) {
        return Collections.unmodifiableList(byKey.getOrDefault(kind, Map.of()).getOrDefault(key, List.of()));
    }

    /** The declarations of one id (several when it is declared twice). */
    public List<Occurrence> declarations(Kind kind, String key) {
        return of(kind, key).stream().filter(occurrence -> occurrence.role() == Role.DECLARATION).toList();
    }
}
