package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.check.Checker;
import dev.specls.config.Settings;
import dev.specls.features.Cancellation;
import dev.specls.features.Commands;
import dev.specls.features.FeatureContext;
import dev.specls.formats.Formats;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The editor's {@code specls.showGraph} draws exactly what {@code specls graph --format mermaid} prints. */
class ShowGraphCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"bookmarks", "broken"})
    void sameMermaidAsTheCli(String example) {
        Path folder = Path.of("../examples", example).toAbsolutePath().normalize();
        CliRun cli = CliRun.of(folder, "graph", "--format", "mermaid", ".");
        assertEquals(CommandLine.EXIT_OK, cli.exitCode(), cli::toString);

        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(folder);
        FeatureContext context = new FeatureContext(workspace, new Checker(Formats.BUILT_IN.rules(), Settings.defaults()),
                PositionEncoding.UTF16, Cancellation.NONE, Formats.BUILT_IN);
        for (String member : List.of("PLAN.md", "STATE.md", "REQUIREMENTS.md")) {
            Object chart = Commands.execute(context, Commands.SHOW_GRAPH, List.of(Uris.of(folder.resolve(member)).toString()));
            assertEquals(cli.out(), chart, member);
        }
    }
}
