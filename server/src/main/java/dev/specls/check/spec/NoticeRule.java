package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A rule that reports one kind of what the parser noticed, each at the notice's span. */
abstract class NoticeRule extends SpecRule {

    private final NoticeKind kind;

    NoticeRule(String code, Severity severity, String summary, Set<SpecFormat> formats, NoticeKind kind) {
        super(code, severity, summary, formats);
        this.kind = kind;
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        if (!applies(tree)) {
            return;
        }
        for (SpecFile file : tree.files()) {
            for (SpecNotice notice : file.document().notices()) {
                if (notice.kind() == kind) {
                    sink.report(file.uri(), notice.span(), message(tree, file, notice));
                }
            }
        }
    }

    /** True when the notices count in this tree; every tree by default. */
    boolean applies(SpecTree tree) {
        return true;
    }

    abstract String message(SpecTree tree, SpecFile file, SpecNotice notice);
}
