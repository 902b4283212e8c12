package dev.specls.check.requirements;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.requirements.RequirementSyntax;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.syntax.requirements.UnparsedLine;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.Set;

/**
 * {@code req/unparsed-line}: a line that looks like a requirement but that the spec set's tool skips.
 * That is every line the parser could not read as a declaration, and, in a sago spec set, every
 * declaration in another tool's syntax, since sago's regex reads only {@code * [ ] **REQ-1:** text}.
 */
final class UnparsedRequirementLine extends AbstractRule {

    UnparsedRequirementLine() {
        super("req/unparsed-line", Severity.WARNING,
                "A line looks like a requirement, but the spec set's tool skips it; the message gives the line it reads.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of();
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.requirements();
        if (file == null || file.requirements() == null) {
            return;
        }
        RequirementsDocument document = file.requirements();
        for (UnparsedLine line : document.unparsedLines()) {
            if (line.lineSpan().isEmpty()) {
                continue;
            }
            sink.report(file.uri(), line.lineSpan(), "This line looks like a requirement, but " + line.reason()
                    + ". Neither sago nor specls reads it as one, so no task can cover it. " + fix(line.suggestedLine()));
        }
        if (!isSagoSpecSet(specSet, document)) {
            return;
        }
        for (Requirement requirement : document.requirements()) {
            // A requirement without text is req/empty-text's finding; sago has no form to offer for it.
            if (requirement.readableBySago() || requirement.text().isEmpty() || requirement.lineSpan().isEmpty()) {
                continue;
            }
            String sagoLine = RequirementsParser.toSagoLine("", requirement.id(), Boolean.TRUE.equals(requirement.checked()), requirement.text());
            sink.report(file.uri(), requirement.lineSpan(), "sago's requirements reader skips this line, so sago never sees "
                    + requirement.id() + ": it reads only \"* [ ] **ID:** text\" (a * bullet, [ ] or lower-case [x], the colon "
                    + "inside the bold, an id of capital letters, a dash and digits). " + fix(sagoLine));
        }
    }

    /** A sago spec set: its plan has a sago task block, or the file itself already uses sago's line syntax. */
    private static boolean isSagoSpecSet(SpecSet specSet, RequirementsDocument document) {
        if (specSet.sagoPlan()) {
            return true;
        }
        for (Requirement requirement : document.requirements()) {
            if (requirement.syntax() == RequirementSyntax.SAGO) {
                return true;
            }
        }
        return false;
    }

    private static String fix(String suggestedLine) {
        return suggestedLine == null
                ? "Write it as \"* [ ] **REQ-1:** text\": an id of capital letters, a dash and digits, then the requirement's text."
                : "Write it as: " + suggestedLine.strip();
    }
}
