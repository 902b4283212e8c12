package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.text.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Findings a prompt rule reported, kept to be reported again while what they depend on stays. */
final class PromptFindings implements FindingSink {

    private record Reported(URI uri, Span span, String message, List<Related> related) {
    }

    private final List<Reported> reported = new ArrayList<>();

    @Override
    public void report(URI uri, Span span, String message, List<Related> related) {
        reported.add(new Reported(uri, span, message, related));
    }

    boolean isEmpty() {
        return reported.isEmpty();
    }

    /** True when a finding or a place it involves lies in one of these files, whose positions may have moved. */
    boolean pointsInto(Set<URI> edited) {
        for (Reported finding : reported) {
            if (edited.contains(finding.uri()) || finding.related().stream().anyMatch(related -> edited.contains(related.uri()))) {
                return true;
            }
        }
        return false;
    }

    void replay(FindingSink sink) {
        for (Reported finding : reported) {
            sink.report(finding.uri(), finding.span(), finding.message(), finding.related());
        }
    }
}
