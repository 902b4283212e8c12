package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A prompt rule whose findings about one prompt depend on that prompt's text and on what the others
 * declare, call and read, never on the others' text. Typing in one prompt of a large library so reruns
 * it on the edited prompt alone: the findings about every other prompt are those of the last run, as
 * long as {@link PromptLibrary#editedSince} says no name, input declaration, call or read changed and
 * none of them points into an edited file.
 */
abstract class PerPromptRule extends PromptRule {

    private record Reported(URI uri, Span span, String message, List<Related> related) {
    }

    private record LastRun(PromptLibrary library, Map<Prompt, List<Reported>> byPrompt) {
    }

    private volatile LastRun lastRun;

    PerPromptRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    final void check(PromptLibrary library, FindingSink sink) {
        LastRun earlier = lastRun;
        Set<URI> edited = earlier == null ? null : library.editedSince(earlier.library());
        Map<Prompt, List<Reported>> byPrompt = new HashMap<>();
        for (Prompt prompt : library.prompts()) {
            List<Reported> findings = edited == null ? null : earlier.byPrompt().get(prompt);
            if (findings == null || pointsInto(findings, edited)) {
                List<Reported> fresh = new ArrayList<>();
                check(library, prompt, (uri, span, message, related) -> fresh.add(new Reported(uri, span, message, related)));
                findings = fresh.isEmpty() ? List.of() : fresh;
            }
            byPrompt.put(prompt, findings);
            for (Reported finding : findings) {
                sink.report(finding.uri(), finding.span(), finding.message(), finding.related());
            }
        }
        lastRun = new LastRun(library, byPrompt);
    }

    private static boolean pointsInto(List<Reported> findings, Set<URI> edited) {
        for (Reported finding : findings) {
            if (edited.contains(finding.uri()) || finding.related().stream().anyMatch(related -> edited.contains(related.uri()))) {
                return true;
            }
        }
        return false;
    }

    /** Reports the findings about {@code prompt}. */
    abstract void check(PromptLibrary library, Prompt prompt, FindingSink sink);
}
