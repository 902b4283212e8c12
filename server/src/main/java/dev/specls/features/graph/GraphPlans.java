package dev.specls.features.graph;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.text.LineIndex;
import dev.specls.text.Utf8Error;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.List;

/**
 * A spec set's plan as the graph outputs draw it: what {@code specls graph} prints and what the editor's
 * "show graph" command renders, built in one place so both always agree.
 */
public final class GraphPlans {

    private GraphPlans() {
    }

    /**
     * The plan of a spec set that has one, labelled {@code file}, as sago reads it: the tasks of the block sago
     * reads, none when sago cannot parse it; tasks carry their STATE.md status.
     */
    public static GraphPlan of(SpecSet specSet, String file) {
        boolean crashes = specSet.plan().snapshot().utf8Error() != null;
        List<GraphPhase> phases = (crashes ? List.<Phase>of() : specSet.planDocument().phasesSagoReads()).stream()
                .map(phase -> phase(specSet, phase))
                .toList();
        return new GraphPlan(file, phases, note(specSet));
    }

    /** Why the graph of this file is not the author's plan, in one line; {@code null} when sago reads the plan. */
    private static String note(SpecSet specSet) {
        PlanDocument plan = specSet.planDocument();
        LineIndex lines = specSet.plan().lineIndex();
        Utf8Error utf8Error = specSet.plan().snapshot().utf8Error();
        if (utf8Error != null) {
            return "sago crashes reading this file, which is not UTF-8 (byte " + utf8Error.bytes() + " at byte offset " + utf8Error.position() + ")";
        }
        if (plan.block() == null) {
            return "sago finds no task block (no closed ```xml fence, no <phases>…</phases>) and reads no task";
        }
        SyntaxProblem error = plan.sagoError();
        if (error != null) {
            return "sago cannot parse the block it reads (line " + (lines.lineOf(error.span().start()) + 1) + ": " + oneLine(error.message())
                    + ") and reads no task";
        }
        BlockReading reading = plan.reading();
        return switch (reading.verdict()) {
            case READS_OTHER_BLOCK -> "sago reads the block at line " + (lines.lineOf(plan.block().span().start()) + 1) + ", not the plan at line "
                    + (lines.lineOf(reading.plan().span().start()) + 1);
            case CUT_SHORT -> "sago reads the plan only up to the ``` at line " + (lines.lineOf(reading.cause().start()) + 1);
            default -> null;
        };
    }

    private static String oneLine(String message) {
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    private static GraphPhase phase(SpecSet specSet, Phase phase) {
        return new GraphPhase(phase.name(), phase.tasks().stream().map(task -> task(specSet, task)).toList());
    }

    private static GraphTask task(SpecSet specSet, Task task) {
        PlanGraph graph = specSet.graph();
        return new GraphTask(task.id(), task.nameText(), values(task.dependsOn()),
                graph.implicitDependencies(task).stream().map(Task::id).toList(),
                values(task.files()), task.verifyText(), task.doneText(), graph.layer(task), specSet.status(task).word());
    }

    private static List<String> values(List<Ref> refs) {
        return refs.stream().map(Ref::value).toList();
    }
}
