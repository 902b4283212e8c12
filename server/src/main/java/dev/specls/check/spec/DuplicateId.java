package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two declarations of one kind whose ids are the same after canonicalisation ({@code FR-1} and {@code FR-001}). */
final class DuplicateId extends SpecRule {

    DuplicateId() {
        super("spec/duplicate-id", Severity.ERROR,
                "Two items of one kind have the same id once written alike (FR-1 = FR-001), so every reference to it is ambiguous.", EVERY_FORMAT);
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        Map<ItemKind, Map<String, Declared>> first = new EnumMap<>(ItemKind.class);
        for (Declared declared : tree.declared()) {
            Declared earlier = first.computeIfAbsent(declared.item().kind(), ignored -> new HashMap<>()).putIfAbsent(declared.key(), declared);
            if (earlier == null) {
                continue;
            }
            String spelling = earlier.item().id().equals(declared.item().id()) ? "" : " (written \"" + earlier.item().id() + "\" there)";
            sink.report(declared.file().uri(), declared.item().idSpan(), Wording.capitalized(Wording.label(declared)) + " is declared twice" + spelling
                    + ": references to " + declared.item().id() + " reach only the first one, and " + Wording.tool(tree)
                    + " may work on either. Give one of them a new id.",
                    List.of(new Related(earlier.file().uri(), earlier.item().idSpan(), "first declared here")));
        }
    }
}
