package dev.specls.features.fixes;

import dev.specls.check.Finding;
import dev.specls.features.FeatureContext;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The quick fixes of one rule. A fix only offers an edit that removes its finding without making
 * another rule fire; where that cannot be promised (a suggestion that would close a cycle, say), it
 * offers nothing rather than trading one diagnostic for another.
 */
public interface QuickFix {

    /** The rule code this fix answers. */
    String code();

    /** The actions for one finding, each attached to {@code input.diagnostic()}; empty when nothing safe exists. */
    List<CodeAction> actions(Input input);

    /**
     * @param file       the file holding the finding
     * @param finding    the finding, recomputed from the current spec set
     * @param diagnostic the client's diagnostic for it, or one built from the finding
     */
    record Input(FeatureContext context, SpecSet specSet, SourceFile file, Finding finding, Diagnostic diagnostic) {

        public String text() {
            return file.text();
        }
    }
}
