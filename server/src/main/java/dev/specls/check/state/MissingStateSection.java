package dev.specls.check.state;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.state.StateSection;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code state/missing-section}: a sago STATE.md without one of the sections sago's resume reads. sago
 * finds a section by the text {@code ## Title} (so a level-3 heading also matches, a level-1 one does
 * not), with the title spelt exactly.
 */
final class MissingStateSection extends AbstractRule {

    /** A section sago reads, and what it reads from it. */
    private record Required(String title, String purpose) {
    }

    private static final List<Required> REQUIRED = List.of(
            new Required("Current Context", "sago reads the active phase and the current task from it"),
            new Required("Resume Point", "sago's resume reads the last completed task, the next task and the checkpoint from it"),
            new Required("Completed Tasks", "sago keeps the task lines ([✓] 1.1: name) under it"));

    MissingStateSection() {
        super("state/missing-section", Severity.WARNING,
                "A sago STATE.md lacks a section sago reads: Current Context, Resume Point or Completed Tasks.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of();
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.state();
        if (file == null || file.state() == null || !specSet.sagoPlan()) {
            return;
        }
        Span firstLine = firstLine(file);
        if (firstLine == null) {
            return;
        }
        for (Required required : REQUIRED) {
            StateSection nearMiss = null;
            boolean found = false;
            for (StateSection section : file.state().sections()) {
                String title = section.title().strip();
                if (title.equals(required.title()) && section.level() >= 2) {
                    found = true;
                    break;
                }
                if (nearMiss == null && title.toLowerCase(Locale.ROOT).equals(required.title().toLowerCase(Locale.ROOT))) {
                    nearMiss = section;
                }
            }
            if (found) {
                continue;
            }
            String heading = "## " + required.title();
            if (nearMiss != null && !nearMiss.headingSpan().isEmpty()) {
                sink.report(file.uri(), nearMiss.headingSpan(), "sago looks for the heading \"" + heading + "\", spelt exactly and at "
                        + "level 2 or deeper, so it does not see this one: " + required.purpose() + ". Write it as \"" + heading + "\".");
            } else {
                sink.report(file.uri(), firstLine, "STATE.md has no \"" + heading + "\" section: " + required.purpose()
                        + ", so a resumed run starts without it. Add the section as sago writes it.");
            }
        }
    }

    /** The first line with text: where a missing section is reported. {@code null} for a blank file, which sago fills itself. */
    private static Span firstLine(SourceFile file) {
        String text = file.text();
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (start == text.length()) {
            return null;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return new Span(start, end);
    }
}
