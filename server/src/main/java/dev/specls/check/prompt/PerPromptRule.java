package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A prompt rule whose findings about one prompt depend on that prompt's text and on what the others
 * declare, call and read, never on the others' text. Typing in one prompt of a large library so reruns
 * it on the edited prompt alone: the findings about every other prompt are those of the last run, as
 * long as {@link PromptLibrary#editedSince} says no name, input declaration, call or read changed and
 * none of them points into an edited file. Only prompts with findings are remembered, so a run after a
 * keystroke costs what the edited prompt and the findings cost, not what the library does.
 */
abstract class PerPromptRule extends PromptRule {

    private record LastRun(PromptLibrary library, Map<Prompt, PromptFindings> withFindings) {
    }

    private volatile LastRun lastRun;

    PerPromptRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    final void check(PromptLibrary library, FindingSink sink) {
        LastRun earlier = lastRun;
        Set<URI> edited = earlier == null ? null : library.editedSince(earlier.library());
        Map<Prompt, PromptFindings> withFindings = new HashMap<>();
        if (edited == null) {
            for (Prompt prompt : library.prompts()) {
                checkOne(library, prompt, withFindings);
            }
        } else {
            Set<URI> again = new LinkedHashSet<>(edited);
            earlier.withFindings().forEach((prompt, findings) -> {
                if (library.prompt(prompt.uri()) != prompt || findings.pointsInto(edited) || rechecksFindings()) {
                    again.add(prompt.uri());
                } else {
                    withFindings.put(prompt, findings);
                }
            });
            for (URI uri : again) {
                Prompt prompt = library.prompt(uri);
                if (prompt != null) {
                    checkOne(library, prompt, withFindings);
                }
            }
        }
        withFindings.values().forEach(findings -> findings.replay(sink));
        lastRun = new LastRun(library, withFindings);
    }

    private void checkOne(PromptLibrary library, Prompt prompt, Map<Prompt, PromptFindings> withFindings) {
        PromptFindings findings = new PromptFindings();
        check(library, prompt, findings);
        if (!findings.isEmpty()) {
            withFindings.put(prompt, findings);
        }
    }

    /**
     * True for a rule that also reads the disk: the prompts it found something in are checked at every run,
     * so a file created since clears the finding at once. A file deleted from under a prompt that had no
     * finding is seen when that prompt or the library's shape changes next.
     */
    boolean rechecksFindings() {
        return false;
    }

    /** Reports the findings about {@code prompt}. */
    abstract void check(PromptLibrary library, Prompt prompt, FindingSink sink);
}
