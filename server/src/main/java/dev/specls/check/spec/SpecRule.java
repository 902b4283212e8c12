package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/**
 * A check of a spec tree of a non-sago format. Identified like every rule: a stable code, a default
 * severity and a line in {@code docs/rules.md}; it runs only on the formats it names.
 */
public abstract class SpecRule {

    private final String code;
    private final Severity defaultSeverity;
    private final String summary;
    private final Set<SpecFormat> formats;

    protected SpecRule(String code, Severity defaultSeverity, String summary, Set<SpecFormat> formats) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
        this.formats = Set.copyOf(formats);
    }

    public final String code() {
        return code;
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    public final String summary() {
        return summary;
    }

    /** True when the rule checks spec trees of this format. */
    public final boolean appliesTo(SpecFormat format) {
        return formats.contains(format);
    }

    public abstract void check(SpecTree tree, FindingSink sink);

    static final Set<SpecFormat> EVERY_FORMAT = Set.of(SpecFormat.values());
}
