package dev.specls.llm;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.text.Snapshot;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Checks an answer as the editor checks the file: the same checker and settings, over the spec set with the new plan in it. */
public final class CheckerAnswerCheck implements AnswerCheck {

    private final Checker checker;

    public CheckerAnswerCheck(Checker checker) {
        this.checker = checker;
    }

    @Override
    public List<Finding> planFindings(SpecSet context, Path folder, URI planUri, String planText) {
        SourceFile plan = new SourceFile(new Snapshot(planUri, 0, planText), FileKind.PLAN, PlanParser.parse(planText), null, null);
        SpecSet candidate = new SpecSet(folder, plan, context == null ? null : context.requirements(), context == null ? null : context.state());
        return checker.check(candidate).getOrDefault(planUri, List.of());
    }
}
