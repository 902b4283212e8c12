package dev.specls.features.completion;

import static dev.specls.features.completion.CompletionRequest.sortKey;

import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.workspace.Citation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * Requirement ids in a task's text, when the word being typed looks like the start of one: a prefix
 * and a dash ({@code REQ-}, {@code FR-0}), or two or more capitals that begin a declared id's prefix
 * ({@code AU} for {@code AUTH-01}). A lower-case prefix counts only when a declared id uses it, so prose
 * such as "re-run" stays quiet. In a {@code <requirements>} child any word will do.
 */
final class Requirements {

    static final Set<String> TEXT_FIELDS = Set.of("name", "action", "verify", "done", "requirements");


    private final CompletionRequest request;

    Requirements(CompletionRequest request) {
        this.request = request;
    }

    void complete(XmlElement field, String text) {
        if (request.specSet == null || request.specSet.requirements() == null) {
            return;
        }
        List<Requirement> declared = request.specSet.requirements().requirements().requirements();
        int offset = request.offset;
        int wordStart = offset;
        while (wordStart > 0 && isIdChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = offset;
        while (wordEnd < text.length() && isIdChar(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(wordStart, offset);
        boolean explicit = field.name().equals("requirements");
        if (!explicit && !looksLikeId(word, declared)) {
            return;
        }
        Set<String> alreadyCited = new HashSet<>();
        if (explicit) {
            for (Ref ref : RequirementId.findIn(text, field.contentSpan().start(), field.contentSpan().end())) {
                if (ref.span().end() < wordStart || ref.span().start() > wordEnd) {
                    alreadyCited.add(RequirementId.canonical(ref.value()));
                }
            }
        }
        Map<String, Set<String>> citingTasks = new HashMap<>();
        for (Citation citation : request.specSet.citations()) {
            request.checkCanceled();
            citingTasks.computeIfAbsent(RequirementId.canonical(citation.ref().value()), ignored -> new LinkedHashSet<>())
                    .add(citation.task().id());
        }
        List<Requirement> ordered = new ArrayList<>(declared.size());
        for (Requirement requirement : declared) {
            if (requirement.inScope()) {
                ordered.add(requirement);
            }
        }
        for (Requirement requirement : declared) {
            if (!requirement.inScope()) {
                ordered.add(requirement);
            }
        }
        Set<String> offered = new HashSet<>();
        int rank = 0;
        for (Requirement requirement : ordered) {
            request.checkCanceled();
            if (alreadyCited.contains(requirement.canonicalId()) || !offered.add(requirement.canonicalId())) {
                continue;
            }
            CompletionItem item = request.add(requirement.id(), CompletionItemKind.Constant, wordStart, wordEnd, requirement.id(), false);
            item.setSortText(sortKey(requirement.inScope() ? 0 : 1, rank++));
            item.setDetail(CompletionRequest.excerpt(requirement.text(), 80));
            if (!requirement.inScope()) {
                CompletionRequest.describe(item, requirement.sectionTitle().isEmpty() ? "out of scope" : requirement.sectionTitle());
            }
            Set<String> tasks = citingTasks.getOrDefault(requirement.canonicalId(), Set.of());
            StringBuilder documentation = new StringBuilder();
            documentation.append("**").append(requirement.id()).append("** ").append(requirement.text());
            if (!requirement.sectionTitle().isEmpty()) {
                documentation.append("\n\n").append(requirement.sectionTitle());
            }
            documentation.append("\n\n").append(tasks.isEmpty() ? "No task cites it yet." : "Cited by " + String.join(", ", tasks) + ".");
            CompletionRequest.document(item, documentation.toString());
        }
    }

    private static boolean looksLikeId(String word, List<Requirement> declared) {
        if (RequirementId.isPartial(word)) {
            // "REQ-" in capitals, or a declared prefix in any case ("req-"), but not prose such as "re-run".
            String prefix = word.substring(0, word.indexOf('-'));
            if (prefix.equals(prefix.toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
            for (Requirement requirement : declared) {
                int dash = requirement.canonicalId().indexOf('-');
                if (dash == prefix.length() && requirement.canonicalId().regionMatches(true, 0, prefix, 0, dash)) {
                    return true;
                }
            }
            return false;
        }
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        for (Requirement requirement : declared) {
            int dash = requirement.canonicalId().indexOf('-');
            if (dash >= word.length() && requirement.canonicalId().startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
}
