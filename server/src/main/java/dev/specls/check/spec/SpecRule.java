package dev.specls.check.spec;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.util.Set;

/**
 * A rule of the non-sago spec formats: it reads the spec set's tree and runs only on the formats it
 * names, so every spec set of another kind passes it by.
 */
public abstract class SpecRule extends AbstractRule {

    static final Set<SpecFormat> EVERY_FORMAT = Set.of(SpecFormat.values());

    private final Set<SpecFormat> formats;

    protected SpecRule(String code, Severity defaultSeverity, String summary, Set<SpecFormat> formats) {
        super(code, defaultSeverity, summary);
        this.formats = Set.copyOf(formats);
    }

    /** True when the rule checks spec trees of this format. */
    public final boolean appliesTo(SpecFormat format) {
        return formats.contains(format);
    }

    @Override
    public final void check(SpecSet specSet, FindingSink sink) {
        SpecTree tree = SpecTrees.of(specSet);
        if (tree != null && appliesTo(tree.format())) {
            check(tree, sink);
        }
    }

    public abstract void check(SpecTree tree, FindingSink sink);
}
