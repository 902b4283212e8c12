package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.ItemStatus;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.SpecRole;
import dev.specls.text.Span;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A Spec Kit checklist with unchecked items: /speckit.implement stops and asks before it starts. */
final class UncheckedChecklist extends SpecRule {

    UncheckedChecklist() {
        super("spec/unchecked-checklist", Severity.HINT,
                "A checklist still has unchecked items; /speckit.implement stops to ask before it starts while any checklist is incomplete.",
                Set.of(SpecFormat.SPEC_KIT));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (SpecFile file : tree.files()) {
            if (file.document().role() != SpecRole.CHECKLIST) {
                continue;
            }
            int total = 0;
            int open = 0;
            SpecItem firstOpen = null;
            for (SpecItem item : file.document().items()) {
                if (item.kind() == ItemKind.CHECKLIST_ITEM) {
                    total++;
                    if (item.status() == ItemStatus.TODO) {
                        open++;
                        firstOpen = firstOpen == null ? item : firstOpen;
                    }
                }
            }
            if (open > 0) {
                Span at = file.document().sections().isEmpty() ? firstOpen.idSpan() : file.document().sections().get(0).heading();
                sink.report(file.uri(), at, open + " of " + total + " checklist items are unchecked (the first is " + firstOpen.id()
                        + "): /speckit.implement stops and asks whether to go on while a checklist is incomplete. Check them or resolve what they ask.");
            }
        }
    }
}
