package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.Mention;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecGraph;
import dev.specls.workspace.spec.SpecTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two tasks of one wave (neither waits for the other, so the tool may run them at once) that own the
 * same file or boundary. A folder named by both ({@code src/}) is not a conflict.
 */
final class ParallelFileConflict extends SpecRule {

    ParallelFileConflict() {
        super("spec/parallel-file-conflict", Severity.WARNING,
                "Two tasks that may run at the same time write the same file or own the same boundary, so parallel workers overwrite each other.",
                EVERY_FORMAT);
    }

    private record Owner(Declared task, Mention mention) {
    }

    private record WavePath(int wave, String path) {
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        SpecGraph graph = tree.graph();
        Map<WavePath, Owner> owners = new HashMap<>();
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() != ItemKind.TASK || declared.item().owns().isEmpty() || !tree.children(declared).isEmpty()) {
                continue;
            }
            int wave = graph.wave(declared);
            if (wave < 0 || tree.status(declared).finished()) {
                continue;
            }
            for (Mention owned : declared.item().owns()) {
                String path = normalized(owned.text());
                if (path.endsWith("/")) {
                    continue;
                }
                Owner earlier = owners.putIfAbsent(new WavePath(wave, path), new Owner(declared, owned));
                if (earlier != null && earlier.task() != declared) {
                    sink.report(declared.file().uri(), owned.span(), Wording.capitalized(Wording.label(declared)) + " and " + Wording.label(earlier.task())
                            + " may run at the same time (neither waits for the other) and both own " + owned.text()
                            + ": parallel workers overwrite each other's changes. Make one depend on the other, or split the file.",
                            List.of(new Related(earlier.task().file().uri(), earlier.mention().span(), Wording.label(earlier.task()) + " owns it too")));
                }
            }
        }
    }

    private static String normalized(String path) {
        String trimmed = path.strip();
        return trimmed.startsWith("./") ? trimmed.substring(2) : trimmed;
    }
}
