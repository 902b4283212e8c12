package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.syntax.spec.SpecRole;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A {@code [NEEDS CLARIFICATION: …]} marker left once the spec set has a plan or tasks. */
final class NeedsClarification extends NoticeRule {

    NeedsClarification() {
        super("spec/needs-clarification", Severity.WARNING,
                "A [NEEDS CLARIFICATION] marker is still open although a plan or tasks exist, so the agent builds on a guess.",
                Set.of(SpecFormat.values()), NoticeKind.NEEDS_CLARIFICATION);
    }

    @Override
    boolean applies(SpecTree tree) {
        if (tree.format() == SpecFormat.SAGA) {
            return true;
        }
        for (SpecFile file : tree.files()) {
            SpecRole role = file.document().role();
            if (role == SpecRole.PLAN || role == SpecRole.TASKS || role == SpecRole.DESIGN || role == SpecRole.PHASE_PLAN) {
                return true;
            }
        }
        return tree.declared().stream().anyMatch(declared -> declared.item().kind() == ItemKind.TASK);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        String clarify = tree.format() == SpecFormat.SPEC_KIT ? " (/speckit.clarify)" : "";
        return "This question is still open although the spec set already has a plan: the plan and the tasks were made on a guess, and the agent "
                + "implements that guess. Answer it" + clarify + ", remove the marker and update the plan.";
    }
}
