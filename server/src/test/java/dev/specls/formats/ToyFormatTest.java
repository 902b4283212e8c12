package dev.specls.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.features.Cancellation;
import dev.specls.features.Completions;
import dev.specls.features.DocumentSymbols;
import dev.specls.features.FeatureContext;
import dev.specls.features.Hovers;
import dev.specls.syntax.FileKind;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** A format added as one row, in test code only, is classified, parsed, grouped, checked and served like a built-in one. */
class ToyFormatTest {

    private static final Formats TABLE = Formats.BUILT_IN.with(ToyFormat.ROW);
    private static final Path ROOT = Path.of("/project").toAbsolutePath();
    private static final URI TREE_ROOT = ROOT.resolve("TOY.toy").toUri();
    private static final URI FIRST_ITEM = ROOT.resolve("items/one/ITEM.toy").toUri();
    private static final URI SECOND_ITEM = ROOT.resolve("items/one/more.toy").toUri();
    private static final URI PLAN = ROOT.resolve("PLAN.md").toUri();

    private final Workspace workspace = TABLE.newWorkspace(SettingsLookup.fixed(Settings.defaults()));

    ToyFormatTest() {
        workspace.open(TREE_ROOT, 1, "a: the root's id\n");
        workspace.open(FIRST_ITEM, 1, "b: an item\n-> a\n-> c\n");
        workspace.open(SECOND_ITEM, 1, "-> b\n");
        workspace.open(PLAN, 1, "<phases><phase name=\"one\"><task id=\"1.1\"><name>x</name></task></phase></phases>\n");
    }

    @Test
    void theRowClassifiesAndParsesItsFiles() {
        assertEquals(ToyFormat.TOY, workspace.file(FIRST_ITEM).kind());
        assertEquals(2, workspace.file(FIRST_ITEM).tree(ToyFormat.ToyTree.class).references().size());
        assertEquals(FileKind.PLAN, workspace.file(PLAN).kind());
        assertEquals(ToyFormat.TOY, TABLE.files().kindNamed("toy"));
        assertNull(Formats.BUILT_IN.files().kindNamed("toy"));
    }

    @Test
    void theLayoutGroupsATreeAcrossFoldersWithManyFilesOfOneKind() {
        SpecSet tree = workspace.specSetOf(FIRST_ITEM);
        assertSame(tree, workspace.specSetOf(TREE_ROOT));
        assertSame(tree, workspace.specSetOf(SECOND_ITEM));
        assertEquals(3, tree.members(ToyFormat.TOY).size());
        assertEquals(ROOT, tree.folder());
        SpecSet sago = workspace.specSetOf(PLAN);
        assertEquals(List.of(PLAN), sago.members().stream().map(member -> member.uri()).toList());
        assertTrue(workspace.affectedBy(SECOND_ITEM).contains(TREE_ROOT));
    }

    @Test
    void theRowsRulesRunThroughTheChecker() {
        Checker checker = TABLE.newChecker(SettingsLookup.fixed(Settings.defaults()));
        Map<URI, List<Finding>> findings = checker.check(workspace.specSetOf(FIRST_ITEM));
        List<Finding> ofItem = findings.get(FIRST_ITEM);
        assertEquals(1, ofItem.size());
        assertEquals("toy/dangling-reference", ofItem.get(0).code());
        String text = workspace.file(FIRST_ITEM).text();
        assertEquals("c", text.substring(ofItem.get(0).span().start(), ofItem.get(0).span().end()));
        assertEquals(List.of(), findings.get(SECOND_ITEM));
        assertEquals(List.of(), findings.get(TREE_ROOT));
        assertTrue(checker.check(workspace.specSetOf(PLAN)).values().stream().flatMap(List::stream)
                .noneMatch(finding -> finding.code().startsWith("toy/")));
    }

    @Test
    void theRowsProvidersServeTheEditorFeatures() {
        FeatureContext context = new FeatureContext(workspace, TABLE.newChecker(SettingsLookup.fixed(Settings.defaults())),
                PositionEncoding.UTF16, Cancellation.NONE, TABLE);
        List<String> labels = Completions.complete(context, SECOND_ITEM, new Position(0, 3)).getItems().stream()
                .map(CompletionItem::getLabel).sorted().toList();
        assertEquals(List.of("a", "b"), labels);
        assertNotNull(Hovers.hover(context, FIRST_ITEM, new Position(1, 3)));
        assertNull(Hovers.hover(context, FIRST_ITEM, new Position(0, 5)));
        List<DocumentSymbol> outline = DocumentSymbols.outline(context, FIRST_ITEM);
        assertEquals(List.of("b"), outline.stream().map(DocumentSymbol::getName).toList());
    }
}
