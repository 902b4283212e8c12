package dev.specls.check.plan;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.syntax.plan.TaskBlock;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;

/** Sentences that say what sago does with a plan file's block, shared by the rules about its lookup. */
final class SagoReading {

    private SagoReading() {
    }

    /** What sago finds in the block it reads and what it then runs, as a clause: "which has no <phase>: it runs no task". */
    static String outcome(PlanDocument plan) {
        if (!plan.readableBySago()) {
            return "which it cannot parse (" + firstError(plan) + "): it runs no task";
        }
        XmlElement root = plan.xml().root();
        if (plan.phases().isEmpty()) {
            return "whose root <" + root.name() + "> holds no <phase>: it runs no task";
        }
        int tasks = plan.tasks().size();
        if (tasks == 0) {
            return "whose phases hold no <task>: it runs no task";
        }
        return "in which it finds only " + count(tasks, "task") + ": it runs only " + (tasks == 1 ? "that one" : "those");
    }

    /** The first error sago's parser meets, without the note about where it stops. */
    static String firstError(PlanDocument plan) {
        return lowerFirst(plan.sagoError().message());
    }

    /** Where the block sago reads stands, as a noun phrase: "the first ```xml fence (line 5)". */
    static String where(SourceFile file, PlanDocument plan) {
        TaskBlock block = plan.block();
        PlanRegion read = plan.reading().read();
        int line = StructureSpans.lineNumber(file, block.span().start());
        if (block.kind() == TaskBlock.Kind.XML_FENCE) {
            if (read == null) {
                return "the ```xml written in the text of line " + line + " (sago's search for ```xml is not anchored to a line start)";
            }
            if (read.span().start() == block.span().start() || read.infoSpan().start() == block.span().start() + 3) {
                return "the first ```xml fence (line " + line + ")";
            }
            return "the ```xml inside the block at line " + StructureSpans.lineNumber(file, read.span().start()) + " (line " + line
                    + "; sago's search for ```xml does not know about fences)";
        }
        String matched = StructureSpans.openingLine(file, new Span(block.span().start(), Math.min(block.span().end(), nameEnd(file.text(), block))))
                .of(file.text());
        String fallback = "with no complete ```xml fence in the file, sago reads the first <phases…</phases> anywhere";
        if (!matched.equals("<phases")) {
            return "the " + matched + " at line " + line + " (" + fallback + ", and " + matched + " matches its search for <phases)";
        }
        if (read != null && read.kind() == PlanRegion.Kind.EXAMPLE_FENCE) {
            return "the <phases> in the example block at line " + StructureSpans.lineNumber(file, read.span().start()) + " (" + fallback + ")";
        }
        return "the <phases> at line " + line + " (" + fallback + ")";
    }

    static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    private static int nameEnd(String text, TaskBlock block) {
        int end = block.span().start() + 1;
        while (end < block.span().end() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>' && text.charAt(end) != '/') {
            end++;
        }
        return end;
    }

    private static String lowerFirst(String message) {
        if (message.isEmpty() || (message.length() > 1 && Character.isUpperCase(message.charAt(1)))) {
            return message;
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
