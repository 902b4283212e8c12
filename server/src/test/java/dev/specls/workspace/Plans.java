package dev.specls.workspace;

import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.plan.TaskBlock;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.xml.XmlDocument;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds plan documents by hand, independent of the plan parser: {@code phase().task("1.1").task("1.2", "1.1")}. */
final class Plans {

    private final List<List<Task>> phases = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();

    static Plans plan() {
        return new Plans();
    }

    Plans phase() {
        phases.add(new ArrayList<>());
        return this;
    }

    /** A task with these {@code depends_on} ids; none means it depends implicitly on the earlier tasks of its phase. */
    Plans task(String id, String... dependsOn) {
        List<Ref> refs = Arrays.stream(dependsOn).map(value -> new Ref(value, Span.EMPTY)).toList();
        return add(task(id, refs, null, null, null));
    }

    Plans add(Task task) {
        Task placed = new Task(null, tasks.size(), phases.size() - 1, task.id(), null, null, task.dependsOn(), task.name(), task.filesField(),
                task.files(), task.action(), task.verify(), task.done(), task.requirements());
        phases.get(phases.size() - 1).add(placed);
        tasks.add(placed);
        return this;
    }

    static Task task(String id, List<Ref> dependsOn, Field name, Field action, Field requirements) {
        return new Task(null, 0, 0, id, null, null, dependsOn, name, null, List.of(), action, null, null, requirements);
    }

    /** The field whose trimmed text is {@code part}, located at its first occurrence in {@code text}. */
    static Field field(String text, String part) {
        int start = text.indexOf(part);
        return new Field(null, part, new Span(start, start + part.length()));
    }

    PlanDocument build() {
        List<Phase> built = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            built.add(new Phase(null, i, "Phase " + (i + 1), null, null, List.copyOf(phases.get(i))));
        }
        TaskBlock block = new TaskBlock(TaskBlock.Kind.XML_FENCE, Span.EMPTY, Span.EMPTY);
        BlockReading reading = new BlockReading(BlockReading.Verdict.READS_PLAN, null, null, null);
        return new PlanDocument(block, List.of(), reading, new XmlDocument(null, List.of()), XmlNames.resolve(null), List.copyOf(built),
                List.copyOf(tasks), List.of(), null, List.of());
    }
}
