package dev.specls.check.plan;

import dev.specls.check.Suggestions;
import java.util.List;
import java.util.Locale;

/** The element and attribute names sago reads (FORMATS.md §2), with "did you mean" for the others. */
final class PlanGrammar {

    static final List<String> ROOT_CHILDREN = List.of("phase", "dependencies", "review");
    /** Root children of which sago reads only the first. */
    static final List<String> ROOT_SINGLE_CHILDREN = List.of("dependencies", "review");
    static final List<String> DEPENDENCIES_CHILDREN = List.of("package");
    static final List<String> PHASE_CHILDREN = List.of("description", "task");
    static final List<String> PHASE_SINGLE_CHILDREN = List.of("description");
    /** Each read once; {@code <requirements>} is ignored by sago but read by specls as explicit traceability. */
    static final List<String> TASK_CHILDREN = List.of("name", "files", "action", "verify", "done", "requirements");
    static final List<String> PHASE_ATTRIBUTES = List.of("name");
    static final List<String> TASK_ATTRIBUTES = List.of("id", "depends_on");

    private PlanGrammar() {
    }

    /**
     * The allowed name the written one most likely meant: first one that differs only in case,
     * {@code -} or {@code _} ({@code dependsOn}, {@code depends-on}, {@code VERIFY}), else the closest
     * typo; {@code null} when none is plausible.
     */
    static String closest(String written, List<String> allowed) {
        String folded = fold(written);
        for (String name : allowed) {
            if (fold(name).equals(folded)) {
                return name;
            }
        }
        return Suggestions.closest(written, allowed);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
