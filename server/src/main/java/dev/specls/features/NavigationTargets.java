package dev.specls.features;

import dev.specls.syntax.plan.Task;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SymbolIndex;
import dev.specls.workspace.SymbolIndex.Kind;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.workspace.SymbolIndex.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Position;

/**
 * What the navigation features (definition, references, rename, hover, call hierarchy) share: the id
 * occurrence under a cursor, and the occurrences of one id in a stable order. Never throws on odd
 * input: a file outside any spec set, a cursor past the end, a broken plan all give {@code null}.
 */
final class NavigationTargets {

    /** The file and spec set a cursor stands in, with the occurrence under it (possibly {@code null}) and its offset. */
    record Target(SourceFile file, SpecSet specSet, int offset, Occurrence occurrence) {

        SymbolIndex symbols() {
            return specSet.symbols();
        }
    }

    private NavigationTargets() {
    }

    /** The cursor's file and spec set, or {@code null} when the file is unknown or belongs to no spec set. */
    static Target at(FeatureContext context, URI uri, Position position) {
        if (uri == null || position == null) {
            return null;
        }
        SourceFile file = context.workspace().file(uri);
        SpecSet specSet = context.workspace().specSetOf(uri);
        if (file == null || specSet == null) {
            return null;
        }
        int offset = Positions.offset(file, position, context.encoding());
        return new Target(file, specSet, offset, specSet.symbols().at(file.uri(), offset));
    }

    /** The id occurrence under the cursor, or {@code null}. */
    static Target occurrenceAt(FeatureContext context, URI uri, Position position) {
        Target target = at(context, uri, position);
        return target == null || target.occurrence() == null ? null : target;
    }

    /**
     * The task id a STATE.md line names when the cursor is elsewhere on it: a task line such as
     * {@code [✓] 1.1: Config — notes}, or a field such as {@code * **Next Task:** 1.2: Main}. The
     * returned occurrence is the line's id; {@code null} when the cursor is on no such line.
     */
    static Occurrence stateLineAt(Target target) {
        if (target == null || target.specSet().state() == null || !target.file().uri().equals(target.specSet().stateUri())) {
            return null;
        }
        Span idSpan = null;
        for (StateEntry entry : target.specSet().state().state().entries()) {
            if (entry.lineSpan().touches(target.offset())) {
                idSpan = entry.idSpan();
                break;
            }
        }
        if (idSpan == null) {
            for (StateField field : target.specSet().state().state().fields()) {
                if (field.taskRef() != null && (field.valueSpan().touches(target.offset()) || field.keySpan().touches(target.offset()))) {
                    idSpan = field.taskRef().span();
                    break;
                }
            }
        }
        if (idSpan == null) {
            return null;
        }
        for (Occurrence occurrence : target.symbols().in(target.file().uri())) {
            if (occurrence.span().equals(idSpan)) {
                return occurrence;
            }
        }
        return null;
    }

    /**
     * Every occurrence of the id in the spec set, file by file in member order (plan, requirements,
     * state), by position inside a file; each span once.
     */
    static List<Occurrence> occurrences(FeatureContext context, SpecSet specSet, Kind kind, String key) {
        List<URI> fileOrder = new ArrayList<>(3);
        specSet.members().forEach(member -> fileOrder.add(member.uri()));
        List<Occurrence> all = new ArrayList<>(specSet.symbols().of(kind, key));
        all.sort(Comparator.<Occurrence>comparingInt(occurrence -> fileRank(fileOrder, occurrence.uri()))
                .thenComparing(Occurrence::span));
        List<Occurrence> distinct = new ArrayList<>(all.size());
        Set<String> seen = new LinkedHashSet<>();
        for (Occurrence occurrence : all) {
            context.cancellation().checkCanceled();
            if (seen.add(occurrence.uri() + "#" + occurrence.span().start() + ":" + occurrence.span().end())) {
                distinct.add(occurrence);
            }
        }
        return distinct;
    }

    private static int fileRank(List<URI> fileOrder, URI uri) {
        int rank = fileOrder.indexOf(uri);
        return rank < 0 ? fileOrder.size() : rank;
    }

    /** The declaration occurrence of a task (its id attribute), or {@code null} when the index holds none for it. */
    static Occurrence declarationOf(SpecSet specSet, Task task) {
        if (task == null || task.id().isEmpty()) {
            return null;
        }
        for (Occurrence occurrence : specSet.symbols().declarations(Kind.TASK, task.id())) {
            if (occurrence.task() == task) {
                return occurrence;
            }
        }
        return null;
    }

    /** The task a task-id occurrence stands for: the declaring task itself on a declaration, else the id's first declaration. */
    static Task taskOf(SpecSet specSet, Occurrence occurrence) {
        if (occurrence == null || occurrence.kind() != Kind.TASK) {
            return null;
        }
        if (occurrence.role() == Role.DECLARATION && occurrence.task() != null) {
            return occurrence.task();
        }
        return specSet.task(occurrence.key());
    }
}
