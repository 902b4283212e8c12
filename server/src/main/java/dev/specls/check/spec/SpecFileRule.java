package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.text.Span;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A rule whose findings in a file follow from that file alone (its path, text and items). A file of a
 * tree is one version, so its findings are kept with it: a keystroke in one task file of a Saga tree
 * checks that file again, not the thousand others.
 */
abstract class SpecFileRule extends SpecRule {

    private record Report(URI uri, Span span, String message, List<Related> related) {
    }

    /** Findings by file version, by identity; a version no longer held is dropped with its findings. */
    private final Map<SpecFile, List<Report>> reportsByFile = Collections.synchronizedMap(new WeakHashMap<>());

    SpecFileRule(String code, Severity defaultSeverity, String summary, Set<SpecFormat> formats) {
        super(code, defaultSeverity, summary, formats);
    }

    @Override
    public final void check(SpecTree tree, FindingSink sink) {
        for (SpecFile file : tree.files()) {
            List<Report> reports = reportsByFile.get(file);
            if (reports == null) {
                List<Report> found = new ArrayList<>();
                check(file, tree.declaredIn(file), (uri, span, message, related) -> found.add(new Report(uri, span, message, List.copyOf(related))));
                reports = found.isEmpty() ? List.of() : List.copyOf(found);
                reportsByFile.put(file, reports);
            }
            for (Report report : reports) {
                sink.report(report.uri(), report.span(), report.message(), report.related());
            }
        }
    }

    /** Reports the findings of one file, whose declarations are {@code declared}; reads nothing of the tree's other files. */
    abstract void check(SpecFile file, List<Declared> declared, FindingSink sink);
}
