package dev.specls.features.fixes;

import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.syntax.requirements.UnparsedLine;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code req/unparsed-line}: rewrite the line into the form sago reads, as the diagnostic's message shows it. */
final class UnparsedLineFix implements QuickFix {

    @Override
    public String code() {
        return "req/unparsed-line";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        RequirementsDocument document = input.file().requirements();
        if (document == null) {
            return List.of();
        }
        String text = input.text();
        String rewritten = null;
        for (UnparsedLine line : document.unparsedLines()) {
            if (line.lineSpan().equals(input.finding().span())) {
                rewritten = line.suggestedLine();
            }
        }
        if (rewritten == null) {
            for (Requirement requirement : document.requirements()) {
                if (requirement.lineSpan().equals(input.finding().span())) {
                    String line = requirement.lineSpan().of(text);
                    String indentation = line.substring(0, line.length() - line.stripLeading().length());
                    rewritten = RequirementsParser.toSagoLine(indentation, requirement.id(), Boolean.TRUE.equals(requirement.checked()),
                            requirement.text());
                }
            }
        }
        if (rewritten == null || rewritten.equals(input.finding().span().of(text))) {
            return List.of();
        }
        return List.of(new Edits(input.context().encoding()).replace(input.file(), input.finding().span(), rewritten)
                .quickFix("Rewrite as: " + rewritten.strip(), input.diagnostic(), true));
    }
}
