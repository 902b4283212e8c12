package dev.specls.cli;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.check.Rules;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLoader;
import dev.specls.workspace.Uris;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code specls check}: every rule over every spec set in the paths, printed in the chosen format. */
final class CheckCommand {

    private CheckCommand() {
    }

    static int run(Arguments arguments, Path currentFolder, PrintStream out, PrintStream err)
            throws NoSuchFileException, NothingToCheckException {
        WorkspaceLoader.Loaded loaded = WorkspaceLoader.load(arguments, currentFolder, err);
        Workspace workspace = loaded.workspace();
        Checker checker = new Checker(Rules.all(), workspace.settings());
        for (Settings configuration : loaded.configurations()) {
            String name = configuration.source() == null ? SettingsLoader.FILE_NAME : DisplayPath.of(Uris.of(configuration.source()), currentFolder);
            checker.problems(configuration).forEach(problem -> err.println("specls: " + name + ": " + problem));
        }
        Set<URI> checkedFiles = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (SpecSet specSet : workspace.specSets()) {
            checker.check(specSet).forEach((uri, fileFindings) -> {
                checkedFiles.add(uri);
                findings.addAll(fileFindings);
            });
        }
        CheckReport report = CheckReport.of(checkedFiles, findings, checker.rules(),
                uri -> workspace.file(uri).lineIndex(), currentFolder, arguments.strict());
        out.print(arguments.checkFormat().render(report, Version.current()));
        return report.fails() ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }
}
