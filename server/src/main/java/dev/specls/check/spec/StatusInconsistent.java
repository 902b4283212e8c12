package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.ItemStatus;
import dev.specls.text.Span;
import dev.specls.workspace.spec.Claimed;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A status that contradicts the graph: a task marked done while something it waits for is not (a
 * required sub-task included), or a parent still open although every part of it is done.
 */
final class StatusInconsistent extends SpecRule {

    StatusInconsistent() {
        super("spec/status-inconsistent", Severity.WARNING,
                "A task is marked done while a task it waits for is not, or is still open although all its parts are done.", EVERY_FORMAT);
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() != ItemKind.TASK) {
                continue;
            }
            ItemStatus status = tree.status(declared);
            List<Declared> parts = tree.children(declared);
            if (status == ItemStatus.DONE) {
                List<Declared> open = new ArrayList<>();
                for (Declared dependency : tree.graph().blockers(declared)) {
                    if (tree.status(dependency) != ItemStatus.OPTIONAL) {
                        open.add(dependency);
                    }
                }
                if (!open.isEmpty()) {
                    Declared first = open.get(0);
                    boolean part = parts.contains(first);
                    List<Related> related = open.stream().map(dependency -> new Related(dependency.file().uri(), dependency.item().idSpan(),
                            Wording.label(dependency) + " is " + tree.status(dependency).word())).toList();
                    report(tree, declared, sink, Wording.capitalized(Wording.label(declared)) + " is marked done, but "
                            + (part ? "its part " : "it waits for ") + Wording.label(first) + ", which is " + tree.status(first).word()
                            + (open.size() > 1 ? " (and " + (open.size() - 1) + " more)" : "")
                            + ": either the work is not really done or the other status is stale. Fix whichever status is wrong.", related);
                }
            } else if (status.open() && declared.item().statusSpan() != null && !parts.isEmpty()
                    && parts.stream().allMatch(part -> tree.status(part).finished() || tree.status(part) == ItemStatus.OPTIONAL)) {
                report(tree, declared, sink, Wording.capitalized(Wording.label(declared)) + " is still " + status.word()
                        + " although every required part of it is done: " + Wording.tool(tree) + " shows it as unfinished. Mark it done.", List.of());
            }
        }
    }

    /** At the status that is written: the PROGRESS.md line when it has one, else the checkbox, else the id. */
    private static void report(SpecTree tree, Declared declared, FindingSink sink, String message, List<Related> related) {
        List<Claimed> claims = tree.claims(declared.key());
        URI uri = declared.file().uri();
        Span span = declared.item().statusSpan() != null ? declared.item().statusSpan() : declared.item().idSpan();
        if (!claims.isEmpty()) {
            Claimed last = claims.get(claims.size() - 1);
            uri = last.file().uri();
            span = last.claim().statusSpan();
        }
        sink.report(uri, span, message, related);
    }
}
