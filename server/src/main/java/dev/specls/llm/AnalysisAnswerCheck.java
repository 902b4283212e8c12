package dev.specls.llm;

import dev.specls.check.Analysis;
import dev.specls.check.Finding;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.text.Snapshot;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an answer with the {@link Analysis} that checks the files: the same checker and settings, over the spec set
 * with the answer as its plan and its other members as they are, so every rule that reads across files (requirements
 * no task covers, STATE.md lines for tasks the plan lacks) judges the answer as it will judge the file.
 */
public final class AnalysisAnswerCheck implements AnswerCheck {

    private final Analysis analysis;

    public AnalysisAnswerCheck(Analysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public List<Finding> planFindings(SpecSet context, Path folder, URI planUri, String planText) {
        List<SourceFile> members = new ArrayList<>();
        members.add(new SourceFile(new Snapshot(planUri, 0, planText), FileKind.PLAN, PlanParser.parse(planText)));
        if (context != null) {
            context.members().stream().filter(member -> !member.kind().equals(FileKind.PLAN)).forEach(members::add);
        }
        return analysis.findings(SpecSet.replacing(context, folder, members)).getOrDefault(planUri, List.of());
    }

    @Override
    public Map<URI, List<Finding>> findings(SpecSet context, Path folder, List<SourceFile> files) {
        Set<URI> replaced = new HashSet<>();
        files.forEach(file -> replaced.add(file.uri()));
        List<SourceFile> members = new ArrayList<>();
        if (context != null) {
            context.members().stream().filter(member -> !replaced.contains(member.uri())).forEach(members::add);
        }
        members.addAll(files);
        Map<URI, List<Finding>> all = analysis.findings(SpecSet.replacing(context, folder, members));
        Map<URI, List<Finding>> onFiles = new LinkedHashMap<>();
        files.forEach(file -> onFiles.put(file.uri(), all.getOrDefault(file.uri(), List.of())));
        return onFiles;
    }
}
