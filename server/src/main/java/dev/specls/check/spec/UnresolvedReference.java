package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.syntax.spec.Strength;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import java.util.Set;

/**
 * A requirement, criterion, story or milestone cited by an id its spec set does not declare: Kiro's
 * {@code _Requirements: 2.4_} when Requirement 2 has three criteria, a Spec Kit {@code [US4]} without a
 * fourth story, a checklist's {@code [Spec §FR-009]}. An id of another spec set is not resolved here.
 */
final class UnresolvedReference extends SpecRule {

    UnresolvedReference() {
        super("spec/unresolved-reference", Severity.ERROR,
                "A task, checklist item or design property cites a requirement, criterion, story or milestone that its spec set does not declare.",
                EVERY_FORMAT);
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Located located : tree.refs()) {
            SpecRef ref = located.ref();
            if (ref.kind() == RefKind.DEPENDS_ON || ref.kind() == RefKind.PARENT || ref.strength() == Strength.IMPLICIT
                    || ref.qualifier() != null || tree.target(ref) != null || !declaresAny(tree, ref.targetKinds())) {
                continue;
            }
            Declared source = tree.source(located);
            String who = source == null ? "This line" : Wording.capitalized(Wording.label(source));
            sink.report(located.file().uri(), ref.span(), who + " " + ref.kind().phrase() + " " + Wording.kinds(tree.format(), ref.targetKinds()) + " \""
                    + ref.target() + "\", which this spec set does not declare"
                    + detail(tree, ref) + ": the link is lost and " + ref.target() + " counts as uncovered. " + fix(tree, ref));
        }
    }

    private static boolean declaresAny(SpecTree tree, Set<ItemKind> kinds) {
        for (Declared declared : tree.declared()) {
            if (kinds.contains(declared.item().kind())) {
                return true;
            }
        }
        return false;
    }

    /** For {@code 2.4}: how many criteria requirement 2 has. */
    private static String detail(SpecTree tree, SpecRef ref) {
        String key = ref.targetKey();
        int dot = key.lastIndexOf('.');
        if (dot > 0 && ref.targetKinds().contains(ItemKind.CRITERION)) {
            Declared requirement = tree.find(key.substring(0, dot), Set.of(ItemKind.REQUIREMENT));
            if (requirement != null) {
                long criteria = tree.declared().stream()
                        .filter(declared -> declared.item().kind() == ItemKind.CRITERION && requirement.key().equals(declared.item().scope()))
                        .count();
                return " (requirement " + requirement.item().id() + " has " + criteria + (criteria == 1 ? " acceptance criterion" : " acceptance criteria") + ")";
            }
        }
        return "";
    }

    private static String fix(SpecTree tree, SpecRef ref) {
        List<String> candidates = Wording.ids(tree, ref.targetKinds()).stream()
                .filter(id -> ItemIds.prefix(id).equals(ItemIds.prefix(ref.target())))
                .toList();
        String suggestion = Suggestions.closest(ref.target(), candidates);
        return suggestion == null ? "Declare it or remove the reference." : "Did you mean \"" + suggestion + "\"?";
    }
}
