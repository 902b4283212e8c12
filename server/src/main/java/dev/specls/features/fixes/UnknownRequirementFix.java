package dev.specls.features.fixes;

import dev.specls.syntax.TaskStatus;
import dev.specls.check.Suggestions;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.requirements.RequirementSyntax;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.workspace.Citation;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/unknown-requirement}: cite the declared id it probably meant, or declare the cited id in
 * the requirements file, in the syntax that file's tool reads (sago's in a sago spec set), at the end of
 * the first in-scope section. Without a requirements file the rule is silent, so there is nothing to fix.
 */
final class UnknownRequirementFix implements QuickFix {

    static final String TEXT_PLACEHOLDER = "TODO: describe this requirement";

    @Override
    public String code() {
        return "plan/unknown-requirement";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecSet specSet = input.specSet();
        SourceFile requirementsFile = specSet.requirements();
        if (requirementsFile == null || requirementsFile.requirements() == null) {
            return List.of();
        }
        Citation citation = null;
        for (Citation candidate : specSet.citations()) {
            if (candidate.ref().span().equals(input.finding().span())) {
                citation = candidate;
            }
        }
        if (citation == null) {
            return List.of();
        }
        String cited = citation.ref().value();
        RequirementsDocument document = requirementsFile.requirements();
        List<CodeAction> actions = new ArrayList<>(2);
        Set<String> declared = new LinkedHashSet<>();
        for (Requirement requirement : document.requirements()) {
            declared.add(requirement.id());
        }
        String suggestion = Suggestions.closest(cited, declared);
        if (suggestion != null && !claimedBeforeTask(specSet, citation, suggestion)) {
            actions.add(new Edits(input.context().encoding()).replace(input.file(), citation.ref().span(), suggestion)
                    .quickFix("Change " + cited + " to " + suggestion, input.diagnostic(), true));
        }
        CodeAction declare = declare(input, requirementsFile, document, cited);
        if (declare != null) {
            actions.add(declare);
        }
        return actions;
    }

    /**
     * Whether citing {@code id} would make {@code req/done-but-tasks-open} fire: the requirement is checked
     * while the citing task is not done.
     */
    private static boolean claimedBeforeTask(SpecSet specSet, Citation citation, String id) {
        for (Requirement requirement : specSet.requirements(RequirementId.canonical(id))) {
            if (Boolean.TRUE.equals(requirement.checked()) && specSet.status(citation.task()) != TaskStatus.DONE) {
                return true;
            }
        }
        return false;
    }

    private static CodeAction declare(Input input, SourceFile file, RequirementsDocument document, String id) {
        boolean sago = input.specSet().sagoPlan()
                || document.requirements().stream().anyMatch(requirement -> requirement.syntax() == RequirementSyntax.SAGO);
        Requirement anchor = anchor(document);
        String text = file.text();
        String indentation = "";
        if (anchor != null) {
            String line = anchor.lineSpan().of(text);
            indentation = line.substring(0, line.length() - line.stripLeading().length());
        }
        String line;
        if (sago || anchor == null) {
            line = RequirementsParser.toSagoLine(indentation, id, false, TEXT_PLACEHOLDER);
        } else {
            line = switch (anchor.syntax()) {
                case GSD -> indentation + "- [ ] **" + id + "**: " + TEXT_PLACEHOLDER;
                case SPEC_KIT -> indentation + "- **" + id + "**: " + TEXT_PLACEHOLDER;
                case SAGO -> RequirementsParser.toSagoLine(indentation, id, false, TEXT_PLACEHOLDER);
            };
        }
        if (line == null || !RequirementId.isValid(id)) {
            return null;
        }
        String newline = PlanText.newline(text.isEmpty() ? input.text() : text);
        Edits edits = new Edits(input.context().encoding());
        if (anchor != null) {
            edits.insert(file, anchor.lineSpan().end(), newline + line);
        } else if (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")) {
            edits.insert(file, text.length(), line + newline);
        } else {
            edits.insert(file, text.length(), newline + line);
        }
        return edits.quickFix("Declare " + id + " in " + fileName(file), input.diagnostic(), false);
    }

    /** The last requirement of the first in-scope section that declares any: the new line goes after it. */
    private static Requirement anchor(RequirementsDocument document) {
        Requirement last = null;
        for (Requirement requirement : document.requirements()) {
            if (!requirement.inScope()) {
                if (last != null) {
                    break;
                }
                continue;
            }
            if (last != null && !last.sectionTitle().equals(requirement.sectionTitle())) {
                break;
            }
            last = requirement;
        }
        return last;
    }

    private static String fileName(SourceFile file) {
        String path = file.uri().getPath();
        return path == null || path.isEmpty() ? "REQUIREMENTS.md" : path.substring(path.lastIndexOf('/') + 1);
    }
}
