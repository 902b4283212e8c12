package dev.specls.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.config.FileSettings;
import dev.specls.config.RootedGlob;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.prompt.PromptFlavor;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    private static final String PHASES = "```xml\n<phases>\n</phases>\n```\n";

    @TempDir
    Path root;

    private Workspace workspace;

    @BeforeEach
    void create() {
        workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
    }

    @Test
    void openBufferTakesPrecedenceOverDiskUntilClosed() throws IOException {
        Path plan = write("PLAN.md", "disk");
        workspace.addFolder(root);
        URI uri = plan.toUri();
        assertEquals("disk", workspace.file(uri).text());

        workspace.open(uri, 1, "buffer");
        write("PLAN.md", "disk, saved elsewhere");
        workspace.diskChanged(uri);
        assertEquals("buffer", workspace.file(uri).text());
        assertTrue(workspace.isOpen(uri));

        workspace.change(uri, 2, "buffer 2");
        assertEquals(2, workspace.file(uri).snapshot().version());

        workspace.close(uri);
        assertEquals("disk, saved elsewhere", workspace.file(uri).text());
        assertEquals(-1, workspace.file(uri).snapshot().version());
        assertFalse(workspace.isOpen(uri));
    }

    @Test
    void closingABufferThatWasNeverSavedDropsIt() {
        URI uri = root.resolve("PLAN.md").toUri();
        workspace.open(uri, 1, "draft");
        assertEquals(FileKind.PLAN, workspace.file(uri).kind());
        workspace.close(uri);
        assertNull(workspace.file(uri));
        assertNull(workspace.specSetOf(uri));
    }

    @Test
    void deletedFilesAndFoldersLeave() throws IOException {
        Path plan = write("a/PLAN.md", "");
        Path state = write("b/STATE.md", "");
        Path requirements = write("b/REQUIREMENTS.md", "");
        workspace.addFolder(root);
        assertEquals(3, workspace.files().size());

        workspace.diskDeleted(plan.toUri());
        assertNull(workspace.file(plan.toUri()));
        assertNull(workspace.specSetOf(plan.toUri()));

        workspace.open(state.toUri(), 1, "open");
        workspace.diskDeleted(root.resolve("b").toUri());
        assertNull(workspace.file(requirements.toUri()));
        assertEquals("open", workspace.file(state.toUri()).text());
    }

    @Test
    void specSetsGroupTheFilesOfAFolder() throws IOException {
        workspace = new Workspace(new Settings(Map.of(), Map.of("plan", List.of("spec/extra.md", "other/*-plan.md")), 0, List.of()), Formats.BUILT_IN.files());
        Path plan = write("spec/PLAN.md", PHASES);
        Path requirements = write("spec/REQUIREMENTS.md", "");
        Path state = write("spec/STATE.md", "");
        Path extra = write("spec/extra.md", PHASES);
        write("spec/notes.md", "no tasks here");
        Path readme = write("spec/README.md", "How a plan looks:\n" + PHASES);
        Path second = write("other/b-plan.md", PHASES);
        Path first = write("other/a-plan.md", PHASES);
        Path lone = write("lone/STATE.md", "");
        write("node_modules/pkg/PLAN.md", PHASES);
        write(".cache/PLAN.md", PHASES);
        write("target/PLAN.md", PHASES);
        write("dist/PLAN.md", PHASES);
        Path planning = write(".planning/PLAN.md", PHASES);
        Path gsd = write(".planning/phases/01-setup/01-01-PLAN.md", "<tasks>\n<task type=\"auto\"><name>n</name></task>\n</tasks>\n");
        Path command = write(".claude/commands/go.md", "Do $ARGUMENTS");
        workspace.addFolder(root);

        SpecSet spec = workspace.specSetOf(state.toUri());
        assertEquals(plan.toUri(), spec.planUri());
        assertEquals(requirements.toUri(), spec.requirementsUri());
        assertEquals(state.toUri(), spec.stateUri());
        assertEquals(root.resolve("spec"), spec.folder());
        SpecSet extraSet = workspace.specSetOf(extra.toUri());
        assertNotSame(spec, extraSet);
        assertNull(extraSet.requirements());
        assertNull(extraSet.state());

        assertEquals(first.toUri(), workspace.specSetOf(first.toUri()).planUri());
        assertEquals(second.toUri(), workspace.specSetOf(second.toUri()).planUri());
        assertNull(workspace.specSetOf(lone.toUri()).plan());
        assertEquals(planning.toUri(), workspace.specSetOf(planning.toUri()).planUri());
        assertEquals(PromptFlavor.CLAUDE_COMMAND.kind(), workspace.file(command.toUri()).kind());
        assertTrue(PromptLayout.holdsPrompts(workspace.specSetOf(command.toUri())), "a command is in the prompts' spec set, not a folder's");
        assertEquals(FileKind.GSD_PLAN, workspace.file(gsd.toUri()).kind());
        assertNull(workspace.specSetOf(gsd.toUri()).plan(), "sago's rules do not apply to GSD's plans: they make GSD's own spec set");
        assertEquals(root.resolve(".planning"), workspace.specSetOf(gsd.toUri()).folder());
        assertNull(workspace.file(readme.toUri()), "a page that shows plan XML is no plan");

        assertEquals(8, workspace.specSets().size(), "six of the folders, GSD's and the prompts'");
        assertEquals(10, workspace.files().size());
    }

    @Test
    void changingThePlanAffectsItsNeighbours() throws IOException {
        Path plan = write("PLAN.md", PHASES);
        Path state = write("STATE.md", "");
        Path requirements = write("REQUIREMENTS.md", "");
        Path other = write("elsewhere/STATE.md", "");
        workspace.addFolder(root);
        assertEquals(Set.of(plan.toUri(), state.toUri(), requirements.toUri()), workspace.affectedBy(plan.toUri()));
        assertEquals(Set.of(other.toUri()), workspace.affectedBy(other.toUri()));

        workspace.diskDeleted(plan.toUri());
        assertTrue(workspace.affectedBy(plan.toUri()).containsAll(Set.of(plan.toUri(), state.toUri(), requirements.toUri())));
    }

    @Test
    void aChangeReparsesOnlyTheChangedFileAndKeepsOtherSpecSets() throws IOException {
        Path plan = write("PLAN.md", PHASES);
        Path state = write("STATE.md", "");
        Path otherPlan = write("other/PLAN.md", PHASES);
        workspace.addFolder(root);
        SourceFile planBefore = workspace.file(plan.toUri());
        SourceFile stateBefore = workspace.file(state.toUri());
        SpecSet otherBefore = workspace.specSetOf(otherPlan.toUri());
        PlanGraph graphBefore = workspace.specSetOf(plan.toUri()).graph();

        workspace.open(state.toUri(), 1, "edited");
        assertSame(planBefore, workspace.file(plan.toUri()));
        assertSame(graphBefore, workspace.specSetOf(plan.toUri()).graph());
        assertSame(otherBefore, workspace.specSetOf(otherPlan.toUri()));

        SourceFile opened = workspace.file(state.toUri());
        assertSame(opened, workspace.change(state.toUri(), 1, "edited"));
        workspace.diskChanged(plan.toUri());
        assertSame(planBefore, workspace.file(plan.toUri()));

        workspace.open(plan.toUri(), 1, PHASES + "more");
        assertSame(opened, workspace.file(state.toUri()));
        assertNotSame(graphBefore, workspace.specSetOf(plan.toUri()).graph());
        assertSame(stateBefore.kind(), workspace.file(state.toUri()).kind());
    }

    @Test
    void spellingsOfAFileUriMeanTheSameFile() throws IOException {
        Path plan = write("PLAN.md", PHASES);
        workspace.addFolder(root);
        URI oneSlash = URI.create("file:" + plan.toUri().getRawPath());
        URI threeSlashes = URI.create("file://" + plan.toUri().getRawPath());
        assertSame(workspace.file(oneSlash), workspace.file(threeSlashes));
        assertSame(workspace.specSetOf(oneSlash), workspace.specSetOf(plan.toUri()));
    }

    @Test
    void oddFilesAreReadLenientlyOrSkippedWithAProblem() throws IOException {
        Path binary = root.resolve("PLAN.md");
        Files.write(binary, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF, 0, 'b'});
        Path huge = root.resolve("big/PLAN.md");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Workspace.MAX_FILE_BYTES + 1);
        }
        workspace.addFolder(root);
        assertEquals("a\uFFFD\u0000b", workspace.file(binary.toUri()).text());
        assertNull(workspace.file(huge.toUri()));
        assertEquals(List.of(), List.copyOf(workspace.problems()), "a spec file not read is listed as unread, not as a problem");
        assertEquals(Set.of(huge.toUri()), workspace.unreadFiles().keySet());
        assertTrue(workspace.unreadFiles().get(huge.toUri()).contains("larger than 64 MB"), workspace.unreadFiles()::toString);

        workspace.diskDeleted(huge.toUri());
        assertEquals(Map.of(), workspace.unreadFiles());
    }

    @Test
    void configuredGlobsClaimFiles() throws IOException {
        Path custom = write("plans/next.txt", "anything");
        workspace.addFolder(root);
        assertNull(workspace.file(custom.toUri()));

        Settings settings = new Settings(Map.of(), Map.of("plan", List.of("plans/*.txt")), 0, List.of("bad level"));
        workspace.setSettings(settings);
        assertEquals(FileKind.PLAN, workspace.file(custom.toUri()).kind());
        assertEquals(List.of(settings), workspace.settings().takeNewlyRead(), "the settings' problems are told by whoever reports them");

        workspace.setSettings(Settings.defaults());
        assertNull(workspace.file(custom.toUri()));
    }

    @Test
    void explicitlyAddedFilesStayWhateverTheirKind() throws IOException {
        Path notes = write("notes.txt", "hello");
        SourceFile added = workspace.addFile(notes);
        assertEquals(FileKind.OTHER, added.kind());
        write("notes.txt", "hello again");
        workspace.diskChanged(notes.toUri());
        assertEquals("hello again", workspace.file(notes.toUri()).text());
        assertNull(workspace.addFile(root.resolve("missing.md")));
    }

    @Test
    void filesCreatedInSkippedFoldersAreIgnored() throws IOException {
        workspace.addFolder(root);
        Path ignored = write("node_modules/x/PLAN.md", PHASES);
        workspace.diskChanged(ignored.toUri());
        assertNull(workspace.file(ignored.toUri()));
        Path created = write("docs/PLAN.md", PHASES);
        workspace.diskChanged(created.toUri());
        assertEquals(FileKind.PLAN, workspace.file(created.toUri()).kind());
    }

    @Test
    void anUntitledPlanIsASpecSetOfItsOwn() {
        URI untitled = URI.create("untitled:Untitled-1");
        workspace.open(untitled, 1, "markdown", PHASES);
        SpecSet alone = workspace.specSetOf(untitled);
        assertEquals(untitled, alone.planUri());
        assertNull(alone.folder());
        assertTrue(workspace.specSets().contains(alone));

        workspace.change(untitled, 2, "no plan any more");
        assertNull(workspace.specSetOf(untitled));
        workspace.close(untitled);
        assertNull(workspace.file(untitled));
        assertEquals(List.of(), List.copyOf(workspace.specSets()));
    }

    @Test
    void aBufferTheEditorCallsAPlanStaysOneAcrossChanges() {
        URI notes = root.resolve("notes.md").toUri();
        workspace.open(notes, 1, FileClassifier.PLAN_LANGUAGE_ID, PHASES);
        assertEquals(FileKind.PLAN, workspace.file(notes).kind());
        workspace.change(notes, 2, PHASES + "more");
        assertEquals(FileKind.PLAN, workspace.file(notes).kind());
        assertEquals(notes, workspace.specSetOf(notes).planUri());

        URI readme = root.resolve("README.md").toUri();
        workspace.open(readme, 1, "markdown", PHASES);
        assertEquals(FileKind.OTHER, workspace.file(readme).kind(), "held as an open buffer, but no plan");
        assertNull(workspace.specSetOf(readme));
    }

    @Test
    void filesThatNewSettingsLeaveOutLeaveAndComeBack() throws IOException {
        Path kept = write("PLAN.md", PHASES);
        Path generated = write("generated/PLAN.md", PHASES);
        workspace.addFolder(root);
        assertEquals(2, workspace.files().size());

        Settings excluding = Settings.defaults().withFiles(new FileSettings(Map.of(), List.of(),
                List.of(new RootedGlob("generated/", root.toAbsolutePath().normalize())), true));
        workspace.setSettings(excluding);
        assertNull(workspace.file(generated.toUri()));
        assertEquals(FileKind.PLAN, workspace.file(kept.toUri()).kind());
        workspace.diskChanged(generated.toUri());
        assertNull(workspace.file(generated.toUri()), "a change on disk does not bring it back");

        workspace.setSettings(Settings.defaults());
        assertEquals(FileKind.PLAN, workspace.file(generated.toUri()).kind());
    }

    @Test
    void aFileNamedExplicitlyIsReadEvenWhereAScanLeavesItOut() throws IOException {
        Path inDependencies = write("node_modules/pkg/PLAN.md", PHASES);
        Path draft = write("docs/draft.md", PHASES);
        assertEquals(FileKind.PLAN, workspace.addFile(inDependencies).kind());
        assertEquals(FileKind.PLAN, workspace.addFile(draft).kind(), "a Markdown file named explicitly is read by its text");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
