package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.syntax.spec.Strength;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;

/** A written dependency on an id that nothing in the spec set declares. */
final class UnresolvedDependency extends SpecRule {

    UnresolvedDependency() {
        super("spec/unresolved-dependency", Severity.ERROR,
                "A task or milestone depends on an id that no item of its spec set declares, so its tool cannot order it.", EVERY_FORMAT);
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        List<String> candidates = null;
        for (Located located : tree.refs()) {
            SpecRef ref = located.ref();
            if (ref.kind() != RefKind.DEPENDS_ON || ref.strength() == Strength.IMPLICIT || ref.qualifier() != null || tree.target(ref) != null) {
                continue;
            }
            Declared source = tree.source(located);
            if (source == null) {
                continue;
            }
            if (candidates == null) {
                candidates = Wording.ids(tree, ref.targetKinds());
            }
            String suggestion = Suggestions.closest(ref.target(), candidates.stream().filter(id -> !id.equals(source.item().id())).toList());
            sink.report(located.file().uri(), ref.span(), Wording.label(source) + " depends on \"" + ref.target() + "\", which no "
                    + Wording.kinds(tree.format(), ref.targetKinds()) + " of this spec set declares: " + Wording.cannotOrder(tree, source) + "."
                    + (suggestion == null ? " Remove it or declare " + ref.target() + "." : " Did you mean \"" + suggestion + "\"?"));
        }
    }
}
