package dev.specls.llm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The spec set and the answers the planning tests share. */
public final class PlanTexts {

    public static final String PROJECT = "# Todo\n\n## Project Vision\nA command-line todo list.\n";
    public static final String REQUIREMENTS = "# Todo Requirements\n\n## V1 Requirements (MVP)\n\n"
            + "* [ ] **REQ-1:** Add a todo from the command line\n* [ ] **REQ-2:** List the open todos\n";

    public static final String CLEAN = """
            <phases>
                <phase name="Phase 1: Core">
                    <description>The todo store and its command line</description>
                    <task id="1.1">
                        <name>Create the todo store</name>
                        <files>todo/store.py</files>
                        <action>Write a store that adds a todo and saves it to todo.json (REQ-1).</action>
                        <verify>python -m pytest tests/test_store.py</verify>
                        <done>Adding a todo stores it (REQ-1)</done>
                    </task>
                    <task id="1.2" depends_on="1.1">
                        <name>List open todos</name>
                        <files>todo/cli.py</files>
                        <action>Add a list command that prints every open todo (REQ-2).</action>
                        <verify>python -m pytest tests/test_cli.py</verify>
                        <done>The list command prints open todos (REQ-2)</done>
                    </task>
                </phase>
            </phases>""";

    /** A cycle (1.1 and 1.2 wait for each other) and a dependency on a task that does not exist. */
    public static final String CYCLE_AND_DANGLING = CLEAN
            .replace("<task id=\"1.1\">", "<task id=\"1.1\" depends_on=\"1.2\">")
            .replace("depends_on=\"1.1\"", "depends_on=\"1.1,9.9\"");

    private PlanTexts() {
    }

    public static Path specSet(Path folder) throws IOException {
        Files.writeString(folder.resolve("PROJECT.md"), PROJECT);
        Files.writeString(folder.resolve("REQUIREMENTS.md"), REQUIREMENTS);
        return folder;
    }

    /** The answer as a model writes it: some words, then the block in a fence. */
    public static String answer(String block) {
        return "Here is the plan.\n\n```xml\n" + block + "\n```\n";
    }
}
