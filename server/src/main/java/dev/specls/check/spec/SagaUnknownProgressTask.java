package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Claimed;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import java.util.Set;

/** A PROGRESS.md line for a task the spec tree does not have. */
final class SagaUnknownProgressTask extends SpecRule {

    SagaUnknownProgressTask() {
        super("saga/unknown-progress-task", Severity.WARNING,
                "PROGRESS.md records a task that no task file of the saga declares, so a resuming orchestrator trusts a state for work that is not specified.",
                Set.of(SpecFormat.SAGA));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        List<String> ids = null;
        for (Claimed claimed : tree.claims()) {
            if (tree.find(claimed.claim().key(), Set.of(ItemKind.TASK)) != null) {
                continue;
            }
            if (ids == null) {
                ids = Wording.ids(tree, Set.of(ItemKind.TASK));
            }
            String suggestion = Suggestions.closest(claimed.claim().id(), ids);
            sink.report(claimed.file().uri(), claimed.claim().idSpan(), "PROGRESS.md records task " + claimed.claim().id()
                    + ", but no task file of this saga declares it: an orchestrator resuming from PROGRESS.md trusts a state for work the spec tree "
                    + "does not describe." + (suggestion == null ? " Remove the line or add the task spec." : " Did you mean " + suggestion + "?"));
        }
    }
}
