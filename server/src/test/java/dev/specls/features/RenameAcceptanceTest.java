package dev.specls.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.lsp.RequestParams;
import dev.specls.syntax.RequirementId;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SymbolIndex.Kind;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rename on a real spec set read from disk, one member open in the editor with unsaved changes: the edit
 * carries the buffer's version (and none for files read from disk), touches every occurrence and nothing
 * else, and checking the edited texts again yields no finding that was not there before.
 */
class RenameAcceptanceTest {

    private static final Path EXAMPLE = Path.of("../examples/bookmarks");

    @TempDir
    Path folder;

    @Test
    void renamingATaskIdEditsEveryReferenceAndAddsNoFinding() throws IOException {
        copyExample();
        Path state = folder.resolve("STATE.md");
        String unsaved = Files.readString(state) + "\n[✓] 1.2: Store bookmarks in SQLite — stored\n";
        Workspace workspace = workspaceWithOpenBuffer(state, unsaved);
        FeatureContext context = context(workspace);
        URI stateUri = Uris.of(state);
        SourceFile stateFile = workspace.file(stateUri);
        int cursor = stateFile.text().indexOf("[✓] 1.2") + 5;

        WorkspaceEdit edit = Renames.rename(context, stateUri, Positions.position(cursor, stateFile.lineIndex(), context.encoding()), "1.3");

        Map<String, Integer> versions = versions(edit);
        assertEquals(Map.of("PLAN.md", -1, "STATE.md", 7), versions, "PLAN.md from disk has no version, STATE.md is the open buffer");
        assertEditsExactlyTheOccurrences(context, workspace.specSetOf(stateUri), edit, Kind.TASK, "1.2");
        Map<URI, String> edited = NavigationRendering.apply(context, edit);
        assertTrue(edited.get(stateUri).contains("[✓] 1.3: Store bookmarks in SQLite — stored"), "the unsaved line is renamed too");
        assertNoNewFindings(context, workspace, edited, "1.3", "1.2");
    }

    @Test
    void renamingARequirementIdEditsEverySpellingAndAddsNoFinding() throws IOException {
        copyExample();
        Path plan = folder.resolve("PLAN.md");
        String unsaved = Files.readString(plan).replace("<name>Store bookmarks in SQLite</name>",
                "<name>Store bookmarks in SQLite</name>\n            <requirements>REQ-004</requirements>");
        Workspace workspace = workspaceWithOpenBuffer(plan, unsaved);
        FeatureContext context = context(workspace);
        URI requirementsUri = Uris.of(folder.resolve("REQUIREMENTS.md"));
        SourceFile requirements = workspace.file(requirementsUri);
        int cursor = requirements.text().indexOf("REQ-4") + 2;

        WorkspaceEdit edit = Renames.rename(context, requirementsUri,
                Positions.position(cursor, requirements.lineIndex(), context.encoding()), "REQ-9");

        assertEquals(Map.of("PLAN.md", 7, "REQUIREMENTS.md", -1), versions(edit));
        assertEditsExactlyTheOccurrences(context, workspace.specSetOf(requirementsUri), edit, Kind.REQUIREMENT, "REQ-4");
        Map<URI, String> edited = NavigationRendering.apply(context, edit);
        assertTrue(!edited.get(Uris.of(plan)).contains("REQ-004") && !edited.get(Uris.of(plan)).contains("REQ-4)"), "every spelling renamed");
        assertNoNewFindings(context, workspace, edited, "REQ-9", "REQ-4");
    }

    @Test
    void aRefusedRenameLeavesNoEdit() throws IOException {
        copyExample();
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(folder);
        FeatureContext context = context(workspace);
        URI planUri = Uris.of(folder.resolve("PLAN.md"));
        SourceFile plan = workspace.file(planUri);
        int cursor = plan.text().indexOf("id=\"2.2\"") + 5;
        FeatureException refused = org.junit.jupiter.api.Assertions.assertThrows(FeatureException.class, () -> Renames.rename(context, planUri,
                Positions.position(cursor, plan.lineIndex(), context.encoding()), "2.3"));
        assertTrue(refused.getMessage().contains("2.3 already exists"), refused.getMessage());
    }

    @Test
    void callHierarchyItemsSurviveAJsonRoundTrip() throws IOException {
        copyExample();
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(folder);
        FeatureContext context = context(workspace);
        URI planUri = Uris.of(folder.resolve("PLAN.md"));
        SourceFile plan = workspace.file(planUri);
        int cursor = plan.text().indexOf("id=\"1.2\"") + 5;
        CallHierarchyItem item = CallHierarchy.prepare(context, planUri, Positions.position(cursor, plan.lineIndex(), context.encoding())).get(0);
        CallHierarchyItem roundTripped = new com.google.gson.Gson().fromJson(new com.google.gson.Gson().toJson(item), CallHierarchyItem.class);
        roundTripped.setData(new com.google.gson.Gson().toJsonTree(item.getData()));
        roundTripped.setName("renamed by the client");
        List<String> dependents = CallHierarchy.incoming(context, RequestParams.withDecodedData(roundTripped)).stream().map(call -> call.getFrom().getName()).toList();
        assertEquals(List.of("2.1", "2.3"), dependents);
        assertNull(Hovers.hover(context, URI.create("file:///nowhere/PLAN.md"), new org.eclipse.lsp4j.Position(0, 0)));
    }

    private void copyExample() throws IOException {
        for (String name : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
            Files.copy(EXAMPLE.resolve(name), folder.resolve(name));
        }
    }

    private Workspace workspaceWithOpenBuffer(Path file, String unsavedText) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(folder);
        workspace.open(Uris.of(file), 7, unsavedText);
        return workspace;
    }

    private static FeatureContext context(Workspace workspace) {
        return new FeatureContext(workspace, new Checker(Formats.BUILT_IN.rules(), Settings.defaults()), PositionEncoding.UTF16, Cancellation.NONE, Formats.BUILT_IN);
    }

    /** File name → version, -1 standing for the {@code null} of a file read from disk. */
    private static Map<String, Integer> versions(WorkspaceEdit edit) {
        Map<String, Integer> versions = new TreeMap<>();
        for (var change : edit.getDocumentChanges()) {
            TextDocumentEdit documentEdit = change.getLeft();
            String uri = documentEdit.getTextDocument().getUri();
            Integer version = documentEdit.getTextDocument().getVersion();
            versions.put(uri.substring(uri.lastIndexOf('/') + 1), version == null ? -1 : version);
        }
        return versions;
    }

    /** Each edit replaces one occurrence of the id, and every occurrence is replaced once. */
    private static void assertEditsExactlyTheOccurrences(FeatureContext context, SpecSet specSet, WorkspaceEdit edit, Kind kind, String id) {
        String key = kind == Kind.REQUIREMENT ? RequirementId.canonical(id) : id;
        List<String> expected = new ArrayList<>();
        for (Occurrence occurrence : specSet.symbols().of(kind, key)) {
            expected.add(occurrence.uri() + "@" + occurrence.span());
        }
        List<String> actual = new ArrayList<>();
        for (var change : edit.getDocumentChanges()) {
            TextDocumentEdit documentEdit = change.getLeft();
            SourceFile file = context.workspace().file(URI.create(documentEdit.getTextDocument().getUri()));
            for (var textEdit : documentEdit.getEdits()) {
                Span span = Positions.span(file, textEdit.getLeft().getRange(), context.encoding());
                actual.add(file.uri() + "@" + span);
            }
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }

    /** Findings of the edited spec set, with the new id written back as the old one, are a sub-multiset of the findings before. */
    private static void assertNoNewFindings(FeatureContext context, Workspace before, Map<URI, String> edited, String newId, String oldId) {
        Workspace after = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        for (SourceFile file : before.files()) {
            after.open(file.uri(), 1, edited.getOrDefault(file.uri(), file.text()));
        }
        Map<String, Integer> was = findings(context, before, null, null);
        Map<String, Integer> now = findings(context, after, newId, oldId);
        for (Map.Entry<String, Integer> finding : now.entrySet()) {
            assertTrue(finding.getValue() <= was.getOrDefault(finding.getKey(), 0), "new finding after the rename: " + finding.getKey()
                    + "\nbefore: " + was.keySet());
        }
    }

    private static Map<String, Integer> findings(FeatureContext context, Workspace workspace, String newId, String oldId) {
        Map<String, Integer> counts = new HashMap<>();
        for (SpecSet specSet : workspace.specSets()) {
            for (List<Finding> findings : context.checker().check(specSet).values()) {
                for (Finding finding : findings) {
                    String message = newId == null ? finding.message() : finding.message().replace(newId, oldId);
                    counts.merge(finding.code() + ": " + message, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
