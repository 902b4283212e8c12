package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specls.check.Checker;
import dev.specls.config.Settings;
import dev.specls.features.Cancellation;
import dev.specls.features.CodeActions;
import dev.specls.features.FeatureContext;
import dev.specls.features.Positions;
import dev.specls.formats.Formats;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commonest way a plan loses every task: PLAN.md shows the format of a task in an {@code ```xml} fence,
 * then holds the plan in a second one. sago reads the example, finds no phase and runs nothing. Through the
 * command line: {@code check} fails with one error, at the example's fence, while {@code graph} shows sago
 * reading no task; the quick fix on that error makes sago read the plan, and {@code check} is then clean.
 */
class ExampleBeforePlanAcceptanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String PLAN = """
            # PLAN.md

            Every task has this format:

            ```xml
            <task id="1.1" depends_on="...">
              <name>What the task does</name>
              <files>one path per line</files>
              <action>What to build</action>
              <verify>a command that fails until the task is done</verify>
              <done>What done looks like</done>
            </task>
            ```

            The plan:

            ```xml
            <phases>
              <phase name="Phase 1: Setup">
                <task id="1.1">
                  <name>Create config</name>
                  <files>src/config.py</files>
                  <action>Write the config module that loads settings.toml.</action>
                  <verify>pytest tests/test_config.py</verify>
                  <done>The settings load</done>
                </task>
                <task id="1.2">
                  <name>Create main</name>
                  <files>src/main.py</files>
                  <action>Write the entry point that reads the config.</action>
                  <verify>pytest tests/test_main.py</verify>
                  <done>The program starts</done>
                </task>
              </phase>
            </phases>
            ```
            """;

    @TempDir
    Path folder;

    @Test
    void oneErrorAtTheExampleWhoseFixMakesSagoReadThePlan() throws IOException {
        Path planFile = folder.resolve("PLAN.md");
        Files.writeString(planFile, PLAN, StandardCharsets.UTF_8);

        CliRun check = CliRun.of(folder, "check", "--format", "json", ".");
        assertEquals(CommandLine.EXIT_FINDINGS, check.exitCode(), check::toString);
        List<JsonNode> errors = new ArrayList<>();
        for (JsonNode diagnostic : JSON.readTree(check.out()).get("diagnostics")) {
            if (diagnostic.get("severity").asText().equals("error")) {
                errors.add(diagnostic);
            }
        }
        assertEquals(1, errors.size(), check::toString);
        JsonNode error = errors.get(0);
        assertEquals("plan/shadowed-task-block", error.get("code").asText());
        assertEquals(4, error.get("range").get("start").get("line").asInt(), "the example's fence, line 5");
        assertTrue(error.get("message").asText().startsWith("sago reads the first ```xml fence (line 5)"), error::toString);
        assertEquals(0, graphTasks().size(), "sago reads the example: no task");

        String fixed = applyQuickFix(planFile, error);
        Files.writeString(planFile, fixed, StandardCharsets.UTF_8);
        assertTrue(fixed.contains("```text\n<task id=\"1.1\" depends_on=\"...\">"), fixed);

        CliRun recheck = CliRun.of(folder, "check", "--format", "json", ".");
        assertEquals(CommandLine.EXIT_OK, recheck.exitCode(), recheck::toString);
        assertEquals(0, JSON.readTree(recheck.out()).get("diagnostics").size(), recheck::toString);
        assertEquals(List.of("1.1", "1.2"), graphTasks().stream().map(task -> task.get("id").asText()).toList());
    }

    private List<JsonNode> graphTasks() throws IOException {
        CliRun graph = CliRun.of(folder, "graph", "--format", "json", ".");
        assertEquals(CommandLine.EXIT_OK, graph.exitCode(), graph::toString);
        List<JsonNode> tasks = new ArrayList<>();
        JSON.readTree(graph.out()).get("plans").get(0).get("tasks").forEach(tasks::add);
        return tasks;
    }

    /** The preferred quick fix for the error, as an editor asks for it, applied to the file's text. */
    private static String applyQuickFix(Path planFile, JsonNode error) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        SourceFile file = workspace.addFile(planFile);
        FeatureContext context = new FeatureContext(workspace, new Checker(Formats.BUILT_IN.rules(), Settings.defaults()), PositionEncoding.UTF16,
                Cancellation.NONE, Formats.BUILT_IN);
        JsonNode start = error.get("range").get("start");
        JsonNode end = error.get("range").get("end");
        Range range = new Range(new org.eclipse.lsp4j.Position(start.get("line").asInt(), start.get("character").asInt()),
                new org.eclipse.lsp4j.Position(end.get("line").asInt(), end.get("character").asInt()));
        Diagnostic diagnostic = new Diagnostic(range, error.get("message").asText(), null, "specls", error.get("code").asText());
        CodeAction fix = null;
        for (Either<Command, CodeAction> action : CodeActions.actions(context, file.uri(), range, new CodeActionContext(List.of(diagnostic)))) {
            if (action.isRight() && Boolean.TRUE.equals(action.getRight().getIsPreferred())) {
                fix = action.getRight();
            }
        }
        assertNotNull(fix, "no preferred quick fix for " + error);
        List<TextEdit> edits = new ArrayList<>();
        for (var change : fix.getEdit().getDocumentChanges()) {
            TextDocumentEdit documentEdit = change.getLeft();
            documentEdit.getEdits().forEach(edit -> edits.add(edit.getLeft()));
        }
        edits.sort(Comparator.comparing((TextEdit edit) -> Positions.offset(file, edit.getRange().getStart(), PositionEncoding.UTF16)).reversed());
        StringBuilder text = new StringBuilder(file.text());
        for (TextEdit edit : edits) {
            text.replace(Positions.offset(file, edit.getRange().getStart(), PositionEncoding.UTF16),
                    Positions.offset(file, edit.getRange().getEnd(), PositionEncoding.UTF16), edit.getNewText());
        }
        return text.toString();
    }
}
