package dev.specls.cli;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.check.Rules;
import dev.specls.check.Severity;
import dev.specls.text.LineIndex;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code specls check}: every rule over every spec set in the paths, printed in the chosen format. The
 * report streams folder by folder, so memory holds one folder's findings (each file's capped by
 * {@code maxFindingsPerFile}), never the whole report.
 */
final class CheckCommand {

    private static final LineIndex NO_TEXT = LineIndex.of("");

    private CheckCommand() {
    }

    static int run(Arguments arguments, Path currentFolder, PrintStream out, PrintStream err) throws NoSuchFileException {
        Workspace workspace = WorkspaceLoader.load(arguments.paths(), currentFolder, err);
        Checker checker = new Checker(Rules.all(), workspace.settings());
        checker.problems().forEach(problem -> err.println("specls: .specls.toml: " + problem));
        Map<Path, List<SpecSet>> specSetsByFolder = new TreeMap<>();
        Set<URI> checkedFiles = new HashSet<>();
        for (SpecSet specSet : workspace.specSets()) {
            specSetsByFolder.computeIfAbsent(specSet.folder(), folder -> new ArrayList<>()).add(specSet);
            specSet.members().forEach(member -> checkedFiles.add(member.uri()));
        }
        Map<URI, List<Finding>> workspaceFindings = checker.checkWorkspace(workspace);
        Map<Path, List<URI>> unreadByFolder = new TreeMap<>();
        workspaceFindings.keySet().forEach(uri -> unreadByFolder.computeIfAbsent(folderOf(uri), folder -> new ArrayList<>()).add(uri));
        Set<Path> folders = new TreeSet<>(specSetsByFolder.keySet());
        folders.addAll(unreadByFolder.keySet());

        Function<URI, LineIndex> lineIndexOf = uri -> {
            SourceFile file = workspace.file(uri);
            return file == null ? NO_TEXT : file.lineIndex();
        };
        ReportTally tally = new ReportTally(checkedFiles.size());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            ReportWriter report = arguments.checkFormat().writer(writer, Version.current());
            report.start(checkedFiles.size(), ruleInfos(checker));
            for (Path folder : folders) {
                Map<URI, List<Finding>> findings = new LinkedHashMap<>();
                for (SpecSet specSet : specSetsByFolder.getOrDefault(folder, List.of())) {
                    checker.check(specSet).forEach((uri, fileFindings) -> findings.computeIfAbsent(uri, ignored -> new ArrayList<>()).addAll(fileFindings));
                }
                unreadByFolder.getOrDefault(folder, List.of()).forEach(uri -> findings.computeIfAbsent(uri, ignored -> new ArrayList<>())
                        .addAll(workspaceFindings.get(uri)));
                List<ReportedFinding> reported = new ArrayList<>();
                findings.values().forEach(fileFindings -> fileFindings.forEach(finding ->
                        reported.add(CheckReport.report(finding, lineIndexOf, currentFolder))));
                reported.sort(CheckReport.BY_FILE_AND_POSITION);
                for (ReportedFinding finding : reported) {
                    tally.add(finding);
                    report.finding(finding);
                }
            }
            report.finish(tally);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tally.fails(arguments.strict()) ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    private static List<RuleInfo> ruleInfos(Checker checker) {
        return Stream.concat(
                checker.rules().stream().map(rule -> new RuleInfo(rule.code(), rule.summary(), rule.defaultSeverity())),
                Stream.concat(checker.workspaceRules().stream().map(rule -> new RuleInfo(rule.code(), rule.summary(), rule.defaultSeverity())),
                        Stream.of(new RuleInfo(Checker.TOO_MANY_FINDINGS, Checker.TOO_MANY_FINDINGS_SUMMARY, Severity.WARNING))))
                .toList();
    }

    private static Path folderOf(URI uri) {
        Path path = Uris.toPath(uri);
        return path == null || path.getParent() == null ? Path.of("") : path.getParent();
    }
}
