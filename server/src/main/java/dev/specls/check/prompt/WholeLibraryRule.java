package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.workspace.PromptLibrary;
import java.net.URI;
import java.util.Set;

/**
 * A prompt rule that reads the library as a whole (the graph of calls). It reports again what it found
 * last time while no name, input declaration, call or read changed ({@link PromptLibrary#editedSince})
 * and no finding lies in or points into an edited file.
 */
abstract class WholeLibraryRule extends PromptRule {

    private record LastRun(PromptLibrary library, PromptFindings findings) {
    }

    private volatile LastRun lastRun;

    WholeLibraryRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    final void check(PromptLibrary library, FindingSink sink) {
        LastRun earlier = lastRun;
        Set<URI> edited = earlier == null ? null : library.editedSince(earlier.library());
        PromptFindings findings = edited == null ? null : earlier.findings();
        if (findings == null || findings.pointsInto(edited)) {
            findings = new PromptFindings();
            checkLibrary(library, findings);
        }
        findings.replay(sink);
        lastRun = new LastRun(library, findings);
    }

    /** Reports what the rule finds in the whole library. */
    abstract void checkLibrary(PromptLibrary library, FindingSink sink);
}
