package dev.specls.check.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A checker that has seen the library before and reuses what it found for the prompts that did not
 * change finds exactly what a fresh checker finds, after edits that keep every name, input, call and
 * read (a keystroke) and after edits that change them; and every file whose findings an edit changes is
 * one the workspace names as affected by it, though a keystroke names fewer than the whole library.
 */
class IncrementalPromptCheckTest {

    private static final Path BROKEN = Path.of("../examples/broken-prompts").toAbsolutePath().normalize();

    private record Edit(String file, UnaryOperator<String> change) {
    }

    private static final String TYPED_LINE = "\n---\nA line typed before every span.\n";

    private static final List<Edit> EDITS = List.of(
            new Edit("xprompts/review.md", text -> "\n" + text.replaceFirst("\n---\n", TYPED_LINE)),
            new Edit("xprompts/loop_a.md", text -> text.replace("#loop_b", "#loop_b ")),
            new Edit("xprompts/loop_b.md", text -> "A line typed before every span.\n" + text),
            new Edit("xprompts/notes.md", text -> "A line typed before every span.\n" + text),
            new Edit("team/xprompts/notes.md", text -> text.replaceFirst("---\n", "---\n# a comment typed above the name\n")),
            new Edit("xprompts/review.md", text -> text + "\n{{ typo_of_an_input }}\n"),
            new Edit("xprompts/loop_b.md", text -> text.replace("#loop_a", "#ship")),
            new Edit("team/xprompts/notes.md", text -> text.replaceFirst("name: notes", "name: notes_of_the_team")),
            new Edit("prompts/summarize.prompt", text -> text.replace("{{", "{{ extra }}\n{{")),
            new Edit("xprompts/loop_b.md", text -> text.replace("#ship", "#loop_a")),
            new Edit("xprompts/loop_a.md", text -> "A line typed before every span.\n" + text));

    @Test
    void aWarmCheckerFindsWhatAFreshOneFinds() throws IOException {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(BROKEN);
        Checker warm = new Checker(PromptRules.all(), Settings.defaults());
        render(workspace, warm);
        int version = 1;
        for (Edit edit : EDITS) {
            apply(workspace, edit, ++version);
            Checker fresh = new Checker(PromptRules.all(), Settings.defaults());
            assertEquals(render(workspace, fresh), render(workspace, warm), "after editing " + edit.file() + " (version " + version + ")");
        }
    }

    @Test
    void everyFileWhoseFindingsAnEditChangesIsAffectedByIt() throws IOException {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(BROKEN);
        int prompts = workspace.specSets().iterator().next().members().size();
        Map<URI, List<String>> before = render(workspace, new Checker(PromptRules.all(), Settings.defaults()));
        int version = 1;
        int narrowed = 0;
        for (Edit edit : EDITS) {
            URI uri = BROKEN.resolve(edit.file()).toUri();
            apply(workspace, edit, ++version);
            Set<URI> affected = workspace.affectedBy(uri);
            Map<URI, List<String>> after = render(workspace, new Checker(PromptRules.all(), Settings.defaults()));
            Set<URI> changed = new TreeSet<>();
            after.forEach((file, findings) -> {
                if (!findings.equals(before.getOrDefault(file, List.of()))) {
                    changed.add(file);
                }
            });
            changed.removeAll(affected);
            assertEquals(Set.of(), changed, "files changed by editing " + edit.file() + " (version " + version + ") but not named affected");
            narrowed += affected.size() < prompts ? 1 : 0;
            before.clear();
            before.putAll(after);
        }
        assertTrue(narrowed > 0, "no keystroke named fewer files than the whole library");
    }

    private static void apply(Workspace workspace, Edit edit, int version) throws IOException {
        Path file = BROKEN.resolve(edit.file());
        SourceFile current = workspace.file(file.toUri());
        String before = current == null ? Files.readString(file) : current.text();
        workspace.open(file.toUri(), version, edit.change().apply(before));
    }

    private static Map<URI, List<String>> render(Workspace workspace, Checker checker) {
        Map<URI, List<String>> rendered = new TreeMap<>();
        for (SpecSet specSet : workspace.specSets()) {
            checker.check(specSet).forEach((uri, findings) -> {
                List<String> lines = new ArrayList<>();
                for (Finding finding : findings) {
                    lines.add(finding.span() + " " + finding.code() + " " + finding.message() + " " + finding.related());
                }
                rendered.put(uri, lines);
            });
        }
        return rendered;
    }
}
