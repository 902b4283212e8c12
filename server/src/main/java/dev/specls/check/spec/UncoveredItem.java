package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A user story, requirement or acceptance criterion that no task implements. Stories and Kiro's criteria
 * are checked once the spec set has tasks; functional requirements only once some task cites one, since
 * Spec Kit's tasks usually name stories rather than requirements.
 */
final class UncoveredItem extends SpecRule {

    UncoveredItem() {
        super("spec/uncovered-item", Severity.WARNING,
                "A user story, requirement or acceptance criterion has no task that implements it, so the agent will not build it.",
                Set.of(SpecFormat.SPEC_KIT, SpecFormat.KIRO, SpecFormat.SPECPILOT));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        boolean hasTasks = false;
        boolean citesRequirements = false;
        Set<Declared> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Located located : tree.refs()) {
            if (!located.ref().kind().covers()) {
                continue;
            }
            Declared source = tree.source(located);
            Declared target = tree.target(located.ref());
            if (source == null || source.item().kind() != ItemKind.TASK || target == null) {
                continue;
            }
            covered.add(target);
            citesRequirements |= target.item().kind() == ItemKind.REQUIREMENT;
        }
        Set<String> requirementsWithCriteria = new HashSet<>();
        for (Declared declared : tree.declared()) {
            hasTasks |= declared.item().kind() == ItemKind.TASK;
            if (declared.item().kind() == ItemKind.CRITERION && declared.item().scope() != null) {
                requirementsWithCriteria.add(declared.item().scope());
            }
        }
        if (!hasTasks) {
            return;
        }
        for (Declared declared : tree.declared()) {
            if (covered.contains(declared) || !checked(tree, declared, citesRequirements, requirementsWithCriteria) || coveredThroughParent(tree, declared, covered)) {
                continue;
            }
            sink.report(declared.file().uri(), declared.item().idSpan(), Wording.capitalized(Wording.label(declared))
                    + " has no task that implements it, so the agent working through the tasks will not build it. "
                    + howToCover(tree, declared));
        }
    }

    private static boolean checked(SpecTree tree, Declared declared, boolean citesRequirements, Set<String> requirementsWithCriteria) {
        return switch (declared.item().kind()) {
            case STORY -> tree.format() == SpecFormat.SPEC_KIT;
            case CRITERION -> true;
            case REQUIREMENT -> tree.format() == SpecFormat.KIRO
                    ? !requirementsWithCriteria.contains(declared.key())
                    : citesRequirements && !"SC".equals(ItemIds.prefix(declared.item().id()));
            default -> false;
        };
    }

    /** A Kiro task that names requirement 2 covers each of its criteria. */
    private static boolean coveredThroughParent(SpecTree tree, Declared declared, Set<Declared> covered) {
        if (declared.item().kind() != ItemKind.CRITERION || declared.item().scope() == null) {
            return false;
        }
        Declared requirement = tree.find(declared.item().scope(), Set.of(ItemKind.REQUIREMENT));
        return requirement != null && covered.contains(requirement);
    }

    private static String howToCover(SpecTree tree, Declared declared) {
        return switch (tree.format()) {
            case KIRO -> "Add " + declared.item().id() + " to the _Requirements:_ line of the task that builds it, or add a task.";
            case SPEC_KIT -> declared.item().kind() == ItemKind.STORY
                    ? "Label the tasks that build it [" + declared.item().id() + "], or add them."
                    : "Name " + declared.item().id() + " in the task that builds it, or add a task.";
            default -> "Name " + declared.item().id() + " in the task that builds it, or add a task.";
        };
    }

}
