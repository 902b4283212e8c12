package dev.specls.check.plan;

import dev.specls.check.Rule;
import java.util.List;

/** The rules about the shape of a plan: its block, XML, elements, ids, fields, phases and files, in the order docs/rules.md lists them. */
public final class PlanStructureRules {

    private static final List<Rule> ALL = List.of(
            new InvalidUtf8(),
            new NoTaskBlock(),
            new ShadowedTaskBlock(),
            new TaskBlockCutShort(),
            new FenceInfoString(),
            new QuotedTaskBlock(),
            new MultipleTaskBlocks(),
            new XmlSyntax(),
            new XmlNamespace(),
            new DroppedTask(),
            new UnknownElement(),
            new UnknownAttribute(),
            new MissingTaskId(),
            new TaskIdWhitespace(),
            new DuplicateTaskId(),
            new TaskIdFormat(),
            new MissingFiles(),
            new MissingAction(),
            new MissingName(),
            new MissingVerify(),
            new MissingDone(),
            new EmptyPhase(),
            new DuplicatePhaseName(),
            new BroadTask(),
            new TooManyFiles(),
            new SingleTaskPhase(),
            new LargePhase(),
            new FilesCommaSeparated(),
            new FileOutsideWorkspace());

    private PlanStructureRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
