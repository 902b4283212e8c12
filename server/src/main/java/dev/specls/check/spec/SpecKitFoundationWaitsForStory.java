package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.Strength;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A Setup or Foundational task that depends on a user story task: the phases say the opposite order. */
final class SpecKitFoundationWaitsForStory extends SpecRule {

    SpecKitFoundationWaitsForStory() {
        super("speckit/foundation-waits-for-story", Severity.WARNING,
                "A Setup or Foundational task depends on a user story task, although every story is built on the foundation.",
                Set.of(SpecFormat.SPEC_KIT));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Located located : tree.refs()) {
            if (located.ref().kind() != RefKind.DEPENDS_ON || located.ref().strength() != Strength.EXPLICIT) {
                continue;
            }
            Declared source = tree.source(located);
            Declared target = tree.target(located.ref());
            if (source == null || target == null || target.item().kind() != ItemKind.TASK) {
                continue;
            }
            Declared sourcePhase = phase(tree, source);
            Declared targetPhase = phase(tree, target);
            if (sourcePhase != null && targetPhase != null && isFoundation(sourcePhase) && isStory(targetPhase)) {
                sink.report(located.file().uri(), located.ref().span(), Wording.capitalized(Wording.label(source)) + " is in " + sourcePhase.item().id()
                        + " (" + sourcePhase.item().title() + ") but depends on " + Wording.label(target) + " of the user story phase "
                        + targetPhase.item().id() + ": Spec Kit runs the foundation before every story, so this order can never hold. Move "
                        + source.item().id() + " into the story's phase or drop the dependency.",
                        List.of(new Related(target.file().uri(), target.item().idSpan(), Wording.label(target) + " is declared here")));
            }
        }
    }

    private static Declared phase(SpecTree tree, Declared task) {
        return task.item().scope() == null ? null : tree.find(task.item().scope(), Set.of(ItemKind.PHASE));
    }

    private static boolean isFoundation(Declared phase) {
        String title = phase.item().title().toLowerCase(Locale.ROOT);
        return title.startsWith("setup") || title.startsWith("foundational") || title.startsWith("foundation");
    }

    private static boolean isStory(Declared phase) {
        return phase.item().title().toLowerCase(Locale.ROOT).startsWith("user story");
    }
}
