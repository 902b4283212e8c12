package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;
import java.util.regex.Pattern;

/** A Kiro acceptance criterion that is not an EARS sentence: no {@code SHALL}, so nothing testable is promised. */
final class KiroEarsCriterion extends SpecRule {

    private static final Pattern SHALL = Pattern.compile("(?i)\\bshall\\b");

    KiroEarsCriterion() {
        super("kiro/ears-criterion", Severity.WARNING,
                "An acceptance criterion is not in EARS form (WHEN/IF/WHILE/WHERE … THE system SHALL …), so it states nothing testable.",
                Set.of(SpecFormat.KIRO));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() == ItemKind.CRITERION && !SHALL.matcher(declared.item().title()).find()) {
                sink.report(declared.file().uri(), declared.item().idSpan(), "Acceptance criterion " + declared.item().id()
                        + " is not in EARS form: Kiro writes criteria as \"WHEN <event> THEN THE <system> SHALL <response>\", and without a SHALL "
                        + "it promises nothing a test can check. Rewrite it as an EARS sentence.");
            }
        }
    }
}
