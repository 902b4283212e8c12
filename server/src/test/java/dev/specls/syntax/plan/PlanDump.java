package dev.specls.syntax.plan;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.text.LineIndex;
import dev.specls.testing.GoldenFixtures;
import dev.specls.text.Span;
import java.util.List;

/** A readable, stable text form of a {@link PlanDocument}; ranges are 1-based {@code line:column-line:column} in UTF-16 units. */
final class PlanDump {

    private final LineIndex lines;
    private final StringBuilder out = new StringBuilder();

    private PlanDump(String text) {
        this.lines = LineIndex.of(text);
    }

    static String of(String text, PlanDocument plan) {
        return new PlanDump(text).dump(plan);
    }

    private String dump(PlanDocument plan) {
        if (plan.block() == null) {
            out.append("block: none\n");
        } else {
            out.append("block: ").append(block(plan.block())).append('\n');
        }
        for (PlanRegion region : plan.regions()) {
            out.append("region: ").append(region.kind()).append(' ').append(range(region.span())).append(" content ").append(range(region.contentSpan()));
            if (region.infoSpan() != null) {
                out.append(" info ").append(range(region.infoSpan()));
            }
            out.append(region.closed() ? "" : " (unclosed)").append(region.quoted() ? " (quoted)" : "")
                    .append(region.holdsPlan() ? " plan" : "").append(" tasks ").append(region.taskCount()).append('\n');
        }
        BlockReading reading = plan.reading();
        out.append("reading: ").append(reading.verdict());
        if (reading.cause() != null) {
            out.append(" at ").append(range(reading.cause()));
        }
        out.append('\n');
        out.append("readable by sago: ").append(plan.readableBySago()).append('\n');
        for (Ref pkg : plan.packages()) {
            out.append("package ").append(ref(pkg)).append('\n');
        }
        field("review", plan.review(), "");
        for (Phase phase : plan.phases()) {
            out.append("phase ").append(phase.index()).append(' ').append(GoldenFixtures.Dump.quote(phase.name()));
            if (phase.nameAttribute() != null) {
                out.append(' ').append(range(phase.nameAttribute().valueSpan()));
            }
            out.append('\n');
            field("description", phase.description(), "  ");
            for (Task task : phase.tasks()) {
                task(task);
            }
        }
        for (DroppedElement dropped : plan.dropped()) {
            out.append("dropped <").append(dropped.element().name()).append("> ").append(range(dropped.element().nameSpan())).append(' ')
                    .append(dropped.reason()).append(" tasks ").append(dropped.taskCount()).append('\n');
        }
        if (plan.xml() != null) {
            for (SyntaxProblem error : plan.xml().errors()) {
                out.append("xml error ").append(range(error.span())).append(' ').append(error.message()).append('\n');
            }
            for (XmlNames.Problem problem : plan.names().problems()) {
                out.append("namespace error ").append(range(problem.span())).append(' ').append(problem.kind()).append(' ').append(problem.message()).append('\n');
            }
        }
        return out.toString();
    }

    private void task(Task task) {
        out.append("  task #").append(task.ordinal()).append(" id ").append(GoldenFixtures.Dump.quote(task.id()));
        if (task.idAttribute() != null) {
            out.append(' ').append(range(task.idAttribute().valueSpan()));
        }
        out.append(" element ").append(range(task.element().span()));
        if (!task.element().closed()) {
            out.append(" (unclosed)");
        }
        out.append('\n');
        if (task.dependsOnAttribute() != null) {
            out.append("    depends_on").append(refs(task.dependsOn())).append('\n');
        }
        field("name", task.name(), "    ");
        if (task.filesField() != null) {
            out.append("    files").append(refs(task.files())).append('\n');
        }
        field("action", task.action(), "    ");
        field("verify", task.verify(), "    ");
        field("done", task.done(), "    ");
        field("requirements", task.requirements(), "    ");
    }

    private void field(String label, Field field, String indent) {
        if (field != null) {
            out.append(indent).append(label).append(' ').append(GoldenFixtures.Dump.quote(field.text())).append(' ').append(range(field.textSpan())).append('\n');
        }
    }

    private String refs(List<Ref> refs) {
        StringBuilder line = new StringBuilder(refs.isEmpty() ? " (none)" : "");
        for (Ref ref : refs) {
            line.append(' ').append(ref(ref));
        }
        return line.toString();
    }

    private String ref(Ref ref) {
        return GoldenFixtures.Dump.quote(ref.value()) + " " + range(ref.span());
    }

    private String block(TaskBlock block) {
        return block.kind() + " " + range(block.span()) + " content " + range(block.contentSpan());
    }

    private String range(Span span) {
        return position(span.start()) + "-" + position(span.end());
    }

    private String position(int offset) {
        int line = lines.lineOf(offset);
        return (line + 1) + ":" + (offset - lines.lineStart(line) + 1);
    }
}
