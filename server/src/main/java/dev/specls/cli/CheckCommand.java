package dev.specls.cli;

import dev.specls.check.Analysis;
import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.check.Severity;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLoader;
import dev.specls.formats.Formats;
import dev.specls.text.LineIndex;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import dev.specls.workspace.WorkspaceSnapshot;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    static int run(Arguments arguments, Path currentFolder, PrintStream out, PrintStream err)
            throws NoSuchFileException, NothingToCheckException {
        WorkspaceLoader.Loaded loaded = WorkspaceLoader.load(arguments, currentFolder, err);
        Workspace workspace = loaded.workspace();
        Checker checker = Formats.BUILT_IN.newChecker(workspace.settings());
        for (Settings configuration : loaded.configurations()) {
            String name = configuration.source() == null ? SettingsLoader.FILE_NAME : DisplayPath.of(Uris.of(configuration.source()), currentFolder);
            checker.problems(configuration).forEach(problem -> err.println("specls: " + name + ": " + problem));
        }
        WorkspaceSnapshot snapshot = workspace.snapshot();
        Analysis analysis = Analysis.of(snapshot, checker);
        Map<Path, List<SpecSet>> specSetsByFolder = new TreeMap<>();
        Set<URI> checkedFiles = new LinkedHashSet<>();
        for (SpecSet specSet : snapshot.specSets()) {
            specSetsByFolder.computeIfAbsent(folderOf(specSet), folder -> new ArrayList<>()).add(specSet);
            specSet.members().forEach(member -> checkedFiles.add(member.uri()));
        }
        Map<URI, List<Finding>> workspaceFindings = analysis.workspaceFindings();
        Map<Path, List<URI>> unreadByFolder = new TreeMap<>();
        workspaceFindings.keySet().forEach(uri -> unreadByFolder.computeIfAbsent(folderOf(uri), folder -> new ArrayList<>()).add(uri));
        Set<Path> folders = new TreeSet<>(specSetsByFolder.keySet());
        folders.addAll(unreadByFolder.keySet());

        Function<URI, LineIndex> lineIndexOf = uri -> {
            SourceFile file = snapshot.file(uri);
            return file == null ? NO_TEXT : file.lineIndex();
        };
        List<String> fileNames = checkedFiles.stream().map(uri -> DisplayPath.of(uri, currentFolder)).sorted().toList();
        ReportTally tally = new ReportTally(fileNames.size(), arguments.strict());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            ReportWriter report = arguments.checkFormat().writer(writer, Version.current());
            report.start(fileNames, ruleInfos(checker), arguments.strict());
            for (Path folder : folders) {
                Map<URI, List<Finding>> findings = new LinkedHashMap<>();
                for (SpecSet specSet : specSetsByFolder.getOrDefault(folder, List.of())) {
                    analysis.findings(specSet).forEach((uri, fileFindings) -> findings.computeIfAbsent(uri, ignored -> new ArrayList<>()).addAll(fileFindings));
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
        return tally.fails() ? CommandLine.EXIT_FINDINGS : CommandLine.EXIT_OK;
    }

    private static List<RuleInfo> ruleInfos(Checker checker) {
        return Stream.concat(
                checker.rules().stream().map(rule -> new RuleInfo(rule.code(), rule.summary(), rule.defaultSeverity())),
                Stream.concat(checker.workspaceRules().stream().map(rule -> new RuleInfo(rule.code(), rule.summary(), rule.defaultSeverity())),
                        Stream.of(new RuleInfo(Checker.TOO_MANY_FINDINGS, Checker.TOO_MANY_FINDINGS_SUMMARY, Severity.WARNING))))
                .toList();
    }

    /** A spec set without a folder (an untitled buffer) sorts first; the command line has none. */
    private static Path folderOf(SpecSet specSet) {
        return specSet.folder() == null ? Path.of("") : specSet.folder();
    }

    private static Path folderOf(URI uri) {
        Path path = Uris.toPath(uri);
        return path == null || path.getParent() == null ? Path.of("") : path.getParent();
    }
}
