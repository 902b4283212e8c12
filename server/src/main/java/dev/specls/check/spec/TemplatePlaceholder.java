package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A template placeholder ({@code [FEATURE NAME]}, {@code [DATE]}, {@code [###-feature-name]}) left in a spec file. */
final class TemplatePlaceholder extends NoticeRule {

    TemplatePlaceholder() {
        super("spec/template-placeholder", Severity.WARNING,
                "A placeholder of the tool's template was never filled in, so the agent reads the template's words as the spec.",
                Set.of(SpecFormat.values()), NoticeKind.PLACEHOLDER);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        return "\"" + notice.detail() + "\" is a placeholder of the " + Wording.tool(tree)
                + " template that was never filled in: the agent reads it literally. Replace it with the real value or remove the line.";
    }
}
