package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.workspace.Citation;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task cites a requirement id that the requirements file does not declare. Text like {@code UTF-8}
 * or {@code ISO-8601} looks like an id too, so a citation in running text counts only when its prefix
 * is one the requirements file uses; a {@code <requirements>} child always counts.
 */
final class UnknownRequirement extends AbstractRule {

    UnknownRequirement() {
        super("plan/unknown-requirement", Severity.ERROR,
                "A task cites a requirement id that the requirements file does not declare.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.CITATIONS);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        if (specSet.requirements() == null || specSet.requirements().requirements() == null || specSet.citations().isEmpty()) {
            return;
        }
        RequirementsDocument document = specSet.requirements().requirements();
        // First declaration of each id as written, in document order, for "did you mean".
        Map<String, Requirement> declared = new LinkedHashMap<>();
        Set<String> prefixes = new HashSet<>();
        for (Requirement requirement : document.requirements()) {
            declared.putIfAbsent(requirement.id(), requirement);
            prefixes.add(prefix(requirement.canonicalId()));
        }
        List<String> declaredIds = new ArrayList<>(declared.keySet());
        String fileName = fileName(specSet.requirementsUri());
        for (Citation citation : specSet.citations()) {
            String cited = citation.ref().value();
            String canonical = RequirementId.canonical(cited);
            if (!specSet.requirements(canonical).isEmpty() || !(citation.explicit() || prefixes.contains(prefix(canonical)))) {
                continue;
            }
            String label = DependencySpans.label(citation.task());
            String suggestion = Suggestions.closest(cited, declaredIds);
            List<Related> related = suggestion == null ? List.of()
                    : List.of(new Related(specSet.requirementsUri(), declared.get(suggestion).idSpan(), suggestion + " is declared here"));
            sink.report(specSet.planUri(), citation.ref().span(), "Task " + label + " cites " + cited + ", which " + fileName
                    + " does not declare: the coding agent is pointed at a requirement it cannot look up, and coverage of the "
                    + "requirement meant here goes unchecked." + (suggestion == null ? " Add " : " Did you mean " + suggestion + "? Otherwise add ")
                    + cited + " to " + fileName + " or correct the citation.", related);
        }
    }

    /** The part before the dash, or the whole text when there is none. */
    private static String prefix(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static String fileName(URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            return "REQUIREMENTS.md";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
