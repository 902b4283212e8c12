package dev.specls.lsp;

import static dev.specls.lsp.ContentChangesTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.testing.RuleCodes;
import dev.specls.workspace.PlanGraph;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyIncomingCallsParams;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams;
import org.eclipse.lsp4j.CallHierarchyPrepareParams;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every editor feature once, over JSON-RPC, against the server exactly as {@code specls lsp} runs it,
 * on copies of {@code examples/bookmarks} and {@code examples/broken}. The fixture tests pin each
 * feature's details; these prove the wiring: that every request reaches its feature, that the answer
 * survives serialisation with its substance, and that errors and cancellations leave the server
 * answering.
 */
class FeatureProtocolTest {

    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path folder;
    private ServerSession session;
    private ServerCapabilities capabilities;

    @BeforeEach
    void start() throws Exception {
        copy(EXAMPLES.resolve("bookmarks"), folder.resolve("bookmarks"));
        copy(EXAMPLES.resolve("broken"), folder.resolve("broken"));
        session = ServerSession.real();
        InitializeParams params = RealServerProtocolTest.openingFolder(folder);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "examples")));
        capabilities = session.initialize(params).getCapabilities();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    // ---- capabilities

    @Test
    void initializeAdvertisesEveryProvider() {
        assertNotNull(capabilities.getCompletionProvider(), "completion");
        List<String> triggers = capabilities.getCompletionProvider().getTriggerCharacters();
        assertNotNull(triggers, "completion trigger characters");
        assertTrue(triggers.containsAll(List.of("\"", ",", "<")), triggers::toString);

        assertTrue(enabled(capabilities.getHoverProvider()), "hover");
        assertTrue(enabled(capabilities.getDefinitionProvider()), "definition");
        assertTrue(enabled(capabilities.getReferencesProvider()), "references");
        assertTrue(enabled(capabilities.getDocumentHighlightProvider()), "documentHighlight");
        assertTrue(capabilities.getRenameProvider().isRight(), "rename must be advertised with options");
        assertEquals(Boolean.TRUE, capabilities.getRenameProvider().getRight().getPrepareProvider(), "prepareRename");
        assertTrue(enabled(capabilities.getDocumentSymbolProvider()), "documentSymbol");
        assertTrue(enabled(capabilities.getWorkspaceSymbolProvider()), "workspace/symbol");
        assertTrue(enabled(capabilities.getFoldingRangeProvider()), "foldingRange");
        assertTrue(enabled(capabilities.getSelectionRangeProvider()), "selectionRange");
        assertTrue(enabled(capabilities.getInlayHintProvider()), "inlayHint");
        assertNotNull(capabilities.getCodeLensProvider(), "codeLens");
        assertTrue(enabled(capabilities.getCallHierarchyProvider()), "callHierarchy");
        assertTrue(enabled(capabilities.getDocumentFormattingProvider()), "formatting");

        var semanticTokens = capabilities.getSemanticTokensProvider();
        assertNotNull(semanticTokens, "semanticTokens");
        assertTrue(enabled(semanticTokens.getFull()), "semanticTokens/full");
        assertTrue(enabled(semanticTokens.getRange()), "semanticTokens/range");
        SemanticTokensLegend legend = semanticTokens.getLegend();
        assertTrue(legend.getTokenTypes().containsAll(List.of("function", "enumMember", "type", "property", "string")),
                legend.getTokenTypes()::toString);
        assertTrue(legend.getTokenModifiers().contains("declaration"), legend.getTokenModifiers()::toString);

        assertTrue(capabilities.getCodeActionProvider().isRight(), "code actions must be advertised with their kinds");
        List<String> kinds = capabilities.getCodeActionProvider().getRight().getCodeActionKinds();
        assertTrue(kinds.containsAll(List.of(CodeActionKind.QuickFix, CodeActionKind.Source)), kinds::toString);

        assertTrue(capabilities.getExecuteCommandProvider().getCommands().contains("specls.showGraph"),
                capabilities.getExecuteCommandProvider().getCommands()::toString);
    }

    // ---- navigation

    @Test
    void hoverOnADependsOnIdShowsTheTaskCard() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        Range id = rangeOf(plan, "<task id=\"2.1\" depends_on=\"", "1.2");

        Hover hover = get(documents().hover(new HoverParams(doc("bookmarks/PLAN.md"), inside(id))));

        assertNotNull(hover, "no hover on a depends_on id");
        assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
        String card = assertTaskCard(hover, "Task 1.2 · Store bookmarks in SQLite");
        assertTrue(card.contains("Add and list commands"), () -> "dependents are listed: " + card);
        assertEquals(id, hover.getRange());
    }

    @Test
    void definitionFromADependsOnIdLandsOnTheDeclaration() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        Range reference = rangeOf(plan, "<task id=\"2.3\" depends_on=\"", "1.2");

        Either<List<? extends Location>, List<? extends LocationLink>> result =
                get(documents().definition(new DefinitionParams(doc("bookmarks/PLAN.md"), inside(reference))));

        List<? extends Location> locations = result.getLeft();
        assertEquals(1, locations.size(), locations::toString);
        assertEquals(path("bookmarks/PLAN.md"), pathOf(locations.get(0).getUri()));
        assertEquals(rangeOf(plan, "<task id=\"", "1.2"), locations.get(0).getRange());
    }

    @Test
    void referencesFromADeclarationReachIntoStateMd() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        String state = text("bookmarks/STATE.md");
        Range declaration = rangeOf(plan, "<task id=\"", "1.1");

        ReferenceParams params = new ReferenceParams(doc("bookmarks/PLAN.md"), declaration.getStart(), new ReferenceContext(true));
        List<? extends Location> references = get(documents().references(params));

        assertEquals(List.of(
                location("bookmarks/PLAN.md", declaration),
                location("bookmarks/STATE.md", rangeOf(state, "**Last Completed:** ", "1.1")),
                location("bookmarks/STATE.md", rangeOf(state, "[✓] ", "1.1"))),
                sortedByFileThenPosition(references));

        params.setContext(new ReferenceContext(false));
        List<? extends Location> withoutDeclaration = get(documents().references(params));
        assertEquals(2, withoutDeclaration.size(), withoutDeclaration::toString);
        assertTrue(withoutDeclaration.stream().allMatch(location -> pathOf(location.getUri()).equals(path("bookmarks/STATE.md"))));
    }

    @Test
    void documentHighlightMarksTheDeclarationAsWriteAndReferencesAsRead() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        Range declaration = rangeOf(plan, "<task id=\"", "1.2");

        List<? extends DocumentHighlight> highlights =
                get(documents().documentHighlight(new DocumentHighlightParams(doc("bookmarks/PLAN.md"), declaration.getStart())));

        List<String> rendered = highlights.stream()
                .sorted(Comparator.comparing((DocumentHighlight highlight) -> highlight.getRange().getStart().getLine()))
                .map(highlight -> highlight.getKind() + " " + highlight.getRange())
                .toList();
        assertEquals(List.of(
                DocumentHighlightKind.Write + " " + declaration,
                DocumentHighlightKind.Read + " " + rangeOf(plan, "<task id=\"2.1\" depends_on=\"", "1.2"),
                DocumentHighlightKind.Read + " " + rangeOf(plan, "<task id=\"2.3\" depends_on=\"", "1.2")), rendered);
    }

    @Test
    void prepareRenameThenRenameEditsPlanAndStateAtTheirVersions() throws Exception {
        String planText = text("bookmarks/PLAN.md");
        String stateText = text("bookmarks/STATE.md");
        session.open(uri("bookmarks/PLAN.md"), 7, planText);
        session.open(uri("bookmarks/STATE.md"), 3, stateText);
        Range current = rangeOf(stateText, "**Current Task:** ", "1.2");

        Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepared =
                get(documents().prepareRename(new PrepareRenameParams(doc("bookmarks/STATE.md"), inside(current))));
        assertNotNull(prepared, "prepareRename on a task id");
        assertTrue(prepared.isSecond(), prepared::toString);
        assertEquals(current, prepared.getSecond().getRange());
        assertEquals("1.2", prepared.getSecond().getPlaceholder());

        // Nothing renamable under the cursor: prepareRename says so with null, not with an error.
        Position onHeading = new Position(0, 2);
        assertEquals(null, get(documents().prepareRename(new PrepareRenameParams(doc("bookmarks/STATE.md"), onHeading))));

        WorkspaceEdit edit = get(documents().rename(new RenameParams(doc("bookmarks/STATE.md"), inside(current), "1.3")));

        assertNotNull(edit.getDocumentChanges(), "the rename is sent as versioned document changes");
        List<TextDocumentEdit> changes = edit.getDocumentChanges().stream().map(Either::getLeft).toList();
        assertEquals(Set.of(path("bookmarks/PLAN.md"), path("bookmarks/STATE.md")),
                changes.stream().map(change -> pathOf(change.getTextDocument().getUri())).collect(Collectors.toSet()));
        for (TextDocumentEdit change : changes) {
            boolean isPlan = pathOf(change.getTextDocument().getUri()).equals(path("bookmarks/PLAN.md"));
            assertEquals(isPlan ? 7 : 3, change.getTextDocument().getVersion(), "the version of the open buffer");
            String after = apply(isPlan ? planText : stateText, lefts(change.getEdits()));
            if (isPlan) {
                assertEquals(3, change.getEdits().size(), "the declaration and both depends_on");
                assertTrue(after.contains("<task id=\"1.3\">"), after);
                assertEquals(2, count(after, "depends_on=\"1.3\""), after);
                assertFalse(after.contains("\"1.2\""), after);
            } else {
                assertEquals(2, change.getEdits().size(), "Current Task and Next Task");
                assertTrue(after.contains("**Current Task:** 1.3: Store bookmarks in SQLite"), after);
                assertTrue(after.contains("**Next Task:** 1.3: Store bookmarks in SQLite"), after);
            }
        }
    }

    @Test
    void aRenameToATakenIdIsAnErrorWithItsReasonAndTheServerKeepsAnswering() throws Exception {
        String state = text("bookmarks/STATE.md");
        Range current = rangeOf(state, "**Current Task:** ", "1.2");

        ResponseErrorException refused = responseError(documents().rename(new RenameParams(doc("bookmarks/STATE.md"), inside(current), "2.1")));
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), refused.getResponseError().getCode());
        String message = refused.getResponseError().getMessage();
        assertTrue(message.contains("2.1") && message.contains("already exists"), message);

        ResponseErrorException invalid = responseError(documents().rename(new RenameParams(doc("bookmarks/STATE.md"), inside(current), "setup")));
        assertTrue(invalid.getResponseError().getMessage().contains("not a valid task id"), invalid.getResponseError().getMessage());

        Hover hover = get(documents().hover(new HoverParams(doc("bookmarks/STATE.md"), inside(current))));
        assertTaskCard(hover, "Task 1.2 · Store bookmarks in SQLite");
        assertNoErrorLogged();
    }

    @Test
    void callHierarchyWalksTheDependencyGraphBothWays() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        Range declaration = rangeOf(plan, "<task id=\"", "1.2");

        List<CallHierarchyItem> items = get(documents().prepareCallHierarchy(
                new CallHierarchyPrepareParams(doc("bookmarks/PLAN.md"), inside(declaration))));
        assertEquals(1, items.size(), items::toString);
        CallHierarchyItem item = items.get(0);
        assertTrue(item.getName().contains("1.2"), item::toString);
        assertEquals(path("bookmarks/PLAN.md"), pathOf(item.getUri()));

        List<CallHierarchyIncomingCall> incoming = get(documents().callHierarchyIncomingCalls(new CallHierarchyIncomingCallsParams(item)));
        assertEquals(List.of("2.1", "2.3"), incoming.stream().map(call -> taskIdOf(call.getFrom())).sorted().toList());
        for (CallHierarchyIncomingCall call : incoming) {
            String dependent = taskIdOf(call.getFrom());
            assertEquals(List.of(rangeOf(plan, "<task id=\"" + dependent + "\" depends_on=\"", "1.2")), call.getFromRanges(),
                    "an explicit edge is highlighted on its depends_on id");
        }

        List<CallHierarchyOutgoingCall> outgoing = get(documents().callHierarchyOutgoingCalls(new CallHierarchyOutgoingCallsParams(item)));
        assertEquals(List.of("1.1"), outgoing.stream().map(call -> taskIdOf(call.getTo())).toList());
        assertEquals(List.of(declaration), outgoing.get(0).getFromRanges(), "an implicit edge is highlighted on the task's own id");
    }

    // ---- structure and decoration

    @Test
    void documentSymbolsNestTasksInPhases() throws Exception {
        List<Either<SymbolInformation, DocumentSymbol>> outline =
                get(documents().documentSymbol(new DocumentSymbolParams(doc("bookmarks/PLAN.md"))));

        List<DocumentSymbol> symbols = flatten(outline.stream().map(Either::getRight).toList());
        DocumentSymbol storage = symbols.stream().filter(symbol -> symbol.getName().equals("Phase 1: Storage")).findFirst()
                .orElseThrow(() -> new AssertionError("no phase symbol in " + names(symbols)));
        assertEquals(List.of("1.1 Create the package layout", "1.2 Store bookmarks in SQLite"), names(storage.getChildren()));
        DocumentSymbol commands = symbols.stream().filter(symbol -> symbol.getName().equals("Phase 2: Commands")).findFirst().orElseThrow();
        assertEquals(List.of("2.1 Add and list commands", "2.2 Delete command", "2.3 HTML export"), names(commands.getChildren()));
        DocumentSymbol task = storage.getChildren().get(1);
        assertEquals(rangeOf(text("bookmarks/PLAN.md"), "<task id=\"", "1.2"), task.getSelectionRange(), "the selection is the id");
        assertTrue(contains(task.getRange(), task.getSelectionRange()));
        assertTrue(contains(storage.getRange(), task.getRange()));
    }

    @Test
    void workspaceSymbolsFindATaskByAFuzzyName() throws Exception {
        Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> result =
                get(session.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("del")));

        List<String> found = result.isLeft()
                ? result.getLeft().stream().map(SymbolInformation::getName).toList()
                : result.getRight().stream().map(WorkspaceSymbol::getName).toList();
        assertFalse(found.isEmpty(), "no symbol matches \"del\"");
        assertEquals("2.2 Delete command", found.get(0), found::toString);

        Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> subsequence =
                get(session.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("storsqlite")));
        List<String> fuzzy = subsequence.isLeft()
                ? subsequence.getLeft().stream().map(SymbolInformation::getName).toList()
                : subsequence.getRight().stream().map(WorkspaceSymbol::getName).toList();
        assertTrue(fuzzy.contains("1.2 Store bookmarks in SQLite"), fuzzy::toString);
    }

    @Test
    void foldingCoversTheXmlBlockAndEveryTask() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        List<FoldingRange> ranges = get(documents().foldingRange(new FoldingRangeRequestParams(doc("bookmarks/PLAN.md"))));

        int fence = lineOf(plan, "```xml");
        assertTrue(ranges.stream().anyMatch(range -> range.getStartLine() == fence && range.getEndLine() >= lineOf(plan, "</phases>") - 1),
                () -> "no fold for the xml block at line " + fence + ": " + ranges);
        for (String id : List.of("1.1", "1.2", "2.1", "2.2", "2.3")) {
            int taskLine = lineOf(plan, "<task id=\"" + id + "\"");
            assertTrue(ranges.stream().anyMatch(range -> range.getStartLine() == taskLine && range.getEndLine() > taskLine
                    && FoldingRangeKind.Region.equals(range.getKind())), () -> "no region fold for task " + id + ": " + ranges);
        }
        int dependencies = lineOf(plan, "<dependencies>");
        assertTrue(ranges.stream().anyMatch(range -> range.getStartLine() == dependencies && FoldingRangeKind.Imports.equals(range.getKind())),
                ranges::toString);
    }

    @Test
    void selectionRangesGrowFromTheIdToTheDocument() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        Range id = rangeOf(plan, "<task id=\"2.1\" depends_on=\"", "1.2");

        List<SelectionRange> result = get(documents().selectionRange(
                new SelectionRangeParams(doc("bookmarks/PLAN.md"), List.of(inside(id)))));

        assertEquals(1, result.size());
        List<Range> chain = new ArrayList<>();
        for (SelectionRange at = result.get(0); at != null; at = at.getParent()) {
            chain.add(at.getRange());
        }
        assertEquals(id, chain.get(0), "the innermost selection is the id");
        assertTrue(chain.size() >= 6, () -> "expand selection stops early: " + chain);
        for (int i = 1; i < chain.size(); i++) {
            Range inner = chain.get(i - 1);
            Range outer = chain.get(i);
            assertTrue(contains(outer, inner) && !outer.equals(inner), "selection " + i + " does not grow: " + chain);
        }
        assertTrue(chain.contains(new Range(new Position(lineOf(plan, "<task id=\"2.1\""), 8),
                new Position(lineOf(plan, "<task id=\"2.2\"") - 2, "        </task>".length()))), () -> "no step selects task 2.1: " + chain);
        assertEquals(new Position(0, 0), chain.get(chain.size() - 1).getStart(), "the outermost selection is the document");
    }

    @Test
    void inlayHintsNameTheTaskAfterADependsOnId() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        Range id = rangeOf(plan, "<task id=\"2.1\" depends_on=\"", "1.2");

        List<InlayHint> hints = get(documents().inlayHint(new InlayHintParams(doc("bookmarks/PLAN.md"),
                new Range(new Position(0, 0), new Position(plan.split("\n", -1).length, 0)))));

        InlayHint hint = hints.stream().filter(candidate -> candidate.getPosition().equals(id.getEnd())).findFirst()
                .orElseThrow(() -> new AssertionError("no hint after " + id + ": " + hints));
        assertEquals(": Store bookmarks in SQLite", label(hint));
        assertEquals(3, hints.size(), () -> "one hint per resolved depends_on id: " + hints);
    }

    @Test
    void codeLensesShowEachTasksLayerAndStatus() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        List<? extends CodeLens> lenses = get(documents().codeLens(new CodeLensParams(doc("bookmarks/PLAN.md"))));

        assertEquals(5, lenses.size(), lenses::toString);
        assertEquals("✓ done · 1 dependent", lensOn(lenses, lineOf(plan, "<task id=\"1.1\"")));
        assertEquals("layer 1 · ready · 2 dependents", lensOn(lenses, lineOf(plan, "<task id=\"1.2\"")));
        assertTrue(lensOn(lenses, lineOf(plan, "<task id=\"2.1\"")).startsWith("layer 2 · blocked by 1.2"),
                () -> lensOn(lenses, lineOf(plan, "<task id=\"2.1\"")));
    }

    @Test
    void semanticTokensAgreeWithTheLegendInFullAndInRange() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        SemanticTokensLegend legend = capabilities.getSemanticTokensProvider().getLegend();

        SemanticTokens full = get(documents().semanticTokensFull(new SemanticTokensParams(doc("bookmarks/PLAN.md"))));
        List<Token> tokens = decode(full.getData(), legend, plan);

        assertTrue(tokens.contains(new Token(rangeOf(plan, "<task id=\"", "1.2"), "function", Set.of("declaration"), "1.2")), tokens::toString);
        assertTrue(tokens.contains(new Token(rangeOf(plan, "<task id=\"2.1\" depends_on=\"", "1.2"), "function", Set.of(), "1.2")),
                tokens::toString);
        assertTrue(tokens.contains(new Token(rangeOf(plan, "<phase name=\"", "Phase 1: Storage"), "string", Set.of(), "Phase 1: Storage")),
                tokens::toString);
        assertTrue(tokens.contains(new Token(rangeOf(plan, "<task id=\"2.1\" ", "depends_on"), "property", Set.of(), "depends_on")),
                tokens::toString);
        assertTrue(tokens.contains(new Token(rangeOf(plan, "<task id=\"1.1\"", "task"), "type", Set.of(), "task")), tokens::toString);

        int from = lineOf(plan, "<task id=\"2.1\"");
        int to = lineOf(plan, "<task id=\"2.2\"");
        Range range = new Range(new Position(from, 0), new Position(to, 0));
        SemanticTokens partial = get(documents().semanticTokensRange(new SemanticTokensRangeParams(doc("bookmarks/PLAN.md"), range)));
        List<Token> inRange = decode(partial.getData(), legend, plan);

        assertFalse(inRange.isEmpty());
        assertTrue(inRange.size() < tokens.size(), "the range request answers for its range only");
        assertEquals(tokens.stream().filter(token -> contains(range, token.range())).toList(),
                inRange.stream().filter(token -> contains(range, token.range())).toList(),
                "the range request agrees with the full one inside the range");
        assertTrue(inRange.stream().allMatch(token -> overlaps(range, token.range())), inRange::toString);
    }

    // ---- code actions, formatting, commands

    @Test
    void aDiagnosticOfTheBrokenExampleGetsAnAttachedQuickFix() throws Exception {
        RuleCodes.assumeRegistered("plan/dangling-dependency");
        String planText = text("broken/PLAN.md");
        session.open(uri("broken/PLAN.md"), 4, planText);
        List<Diagnostic> published = session.client.awaitDiagnostics(uri("broken/PLAN.md"), 4).getDiagnostics();
        Diagnostic dangling = published.stream()
                .filter(diagnostic -> "plan/dangling-dependency".equals(diagnostic.getCode().getLeft()))
                .findFirst().orElseThrow(() -> new AssertionError("no dangling dependency in " + published));
        assertEquals(rangeOf(planText, "depends_on=\"1.1, ", "1.4"), dangling.getRange());

        CodeActionContext context = new CodeActionContext(List.of(dangling));
        context.setOnly(List.of(CodeActionKind.QuickFix));
        List<Either<Command, CodeAction>> result = get(documents().codeAction(
                new CodeActionParams(doc("broken/PLAN.md"), dangling.getRange(), context)));

        List<CodeAction> actions = result.stream().map(Either::getRight).toList();
        assertFalse(actions.isEmpty(), "no quick fix for " + dangling);
        assertTrue(actions.stream().allMatch(action -> CodeActionKind.QuickFix.equals(action.getKind())), actions::toString);
        CodeAction remove = actions.stream().filter(action -> action.getTitle().startsWith("Remove dependency \"1.4\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no removal among " + actions.stream().map(CodeAction::getTitle).toList()));
        assertEquals(List.of(dangling), remove.getDiagnostics(), "the fix is attached to the editor's own diagnostic");
        TextDocumentEdit change = remove.getEdit().getDocumentChanges().get(0).getLeft();
        assertEquals(4, change.getTextDocument().getVersion());
        String fixed = apply(planText, lefts(change.getEdits()));
        assertTrue(fixed.contains("<task id=\"1.3\" depends_on=\"1.1\">"), fixed);
    }

    @Test
    void formattingAFormattedPlanChangesNothingThatMatters() throws Exception {
        String plan = text("bookmarks/PLAN.md");

        List<? extends TextEdit> edits = get(documents().formatting(new DocumentFormattingParams(doc("bookmarks/PLAN.md"),
                new FormattingOptions(4, true))));

        String formatted = apply(plan, edits);
        assertEquals(graph(plan), graph(formatted));
        assertTrue(formatted.startsWith("# PLAN.md\n\n> Generated from PROJECT.md"), "the Markdown around the block is kept");
    }

    @Test
    void formattingReindentsAMessyPlanAndKeepsItsGraph() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        // Every line of the block pulled to the margin, and one task's verify ahead of its action.
        String messy = plan.lines()
                .map(line -> line.startsWith("    ") ? line.stripLeading() : line)
                .collect(Collectors.joining("\n", "", "\n"));
        String verify12 = "<verify>pytest tests/test_store.py -q</verify>\n";
        messy = messy.replace(verify12, "").replace("<action>\nImplement a Store", verify12 + "<action>\nImplement a Store");
        assertTrue(messy.contains(verify12 + "<action>"), "the messy plan is set up as intended");
        assertEquals(graph(plan), graph(messy), "the mess is whitespace and order only");
        session.open(uri("bookmarks/PLAN.md"), 2, messy);

        List<? extends TextEdit> edits = get(documents().formatting(new DocumentFormattingParams(doc("bookmarks/PLAN.md"),
                new FormattingOptions(4, true))));

        String formatted = apply(messy, edits);
        assertEquals(graph(plan), graph(formatted), "formatting changed what sago reads");
        assertTrue(formatted.contains("\n        <task id=\"1.1\">\n            <name>Create the package layout</name>\n"), formatted);
        assertTrue(formatted.indexOf("Implement a Store") < formatted.indexOf(verify12.strip()), "canonical child order: action before verify");
        assertTrue(formatted.startsWith("# PLAN.md\n\n> Generated from PROJECT.md"), "the Markdown around the block is kept");

        session.change(uri("bookmarks/PLAN.md"), 3, new org.eclipse.lsp4j.TextDocumentContentChangeEvent(formatted));
        List<? extends TextEdit> again = get(documents().formatting(new DocumentFormattingParams(doc("bookmarks/PLAN.md"),
                new FormattingOptions(4, true))));
        assertEquals(formatted, apply(formatted, again), "formatting is idempotent");
    }

    @Test
    void theSortSourceActionOrdersTasksAfterTheirDependencies() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        String task21 = plan.substring(plan.indexOf("        <task id=\"2.1\""), plan.indexOf("        <task id=\"2.2\""));
        String task22 = plan.substring(plan.indexOf("        <task id=\"2.2\""), plan.indexOf("        <task id=\"2.3\""));
        String unsorted = plan.replace(task21 + task22, task22 + task21);
        assertTrue(unsorted.indexOf("<task id=\"2.2\"") < unsorted.indexOf("<task id=\"2.1\""), "the plan is set up unsorted");
        assertEquals(graph(plan), graph(unsorted), "every dependency of phase 2 is explicit, so the swap keeps them");
        session.open(uri("bookmarks/PLAN.md"), 5, unsorted);

        CodeActionContext context = new CodeActionContext(List.of());
        context.setOnly(List.of(CodeActionKind.Source));
        List<Either<Command, CodeAction>> result = get(documents().codeAction(new CodeActionParams(doc("bookmarks/PLAN.md"),
                new Range(new Position(0, 0), new Position(0, 0)), context)));
        List<CodeAction> actions = result.stream().map(Either::getRight).filter(Objects::nonNull).toList();

        CodeAction sort = actions.stream().filter(action -> "source.sortTasks".equals(action.getKind())).findFirst()
                .orElseThrow(() -> new AssertionError("no source.sortTasks among " + actions));
        assertEquals("Sort tasks by dependency order", sort.getTitle());
        String sorted = apply(unsorted, editsFor(sort.getEdit(), path("bookmarks/PLAN.md")));
        assertTrue(sorted.indexOf("<task id=\"2.1\"") < sorted.indexOf("<task id=\"2.2\""), sorted);
        assertEquals(graph(unsorted), graph(sorted), "sorting changed a task's dependencies");
    }

    @Test
    void showGraphReturnsTheMermaidFlowchartOfThePlan() throws Exception {
        Object result = get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams("specls.showGraph", List.of(uri("bookmarks/PLAN.md")))));

        String mermaid = asString(result);
        assertTrue(mermaid.startsWith("flowchart"), mermaid);
        for (String name : List.of("Create the package layout", "Store bookmarks in SQLite", "Add and list commands", "Delete command",
                "HTML export")) {
            assertTrue(mermaid.contains(name), () -> name + " is missing from " + mermaid);
        }
        assertTrue(mermaid.contains("-->"), () -> "no dependency edge in " + mermaid);
        Object fromState = get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams("specls.showGraph", List.of(uri("bookmarks/STATE.md")))));
        assertEquals(mermaid, asString(fromState), "any file of the spec set draws its plan");

        ResponseErrorException unknown = responseError(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams("specls.noSuchCommand", List.of())));
        String message = unknown.getResponseError().getMessage();
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), unknown.getResponseError().getCode(), "a refusal, not a crash: " + message);
        assertTrue(message.contains("specls.noSuchCommand") || message.toLowerCase(java.util.Locale.ROOT).contains("unknown"), message);
    }

    @Test
    void completionInsideDependsOnListsTheTaskIdsThatFit() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        String edited = plan.replace("<task id=\"2.3\" depends_on=\"1.2\">", "<task id=\"2.3\" depends_on=\"1.2, \">");
        session.open(uri("bookmarks/PLAN.md"), 2, edited);
        Position cursor = rangeOf(edited, "<task id=\"2.3\"", "1.2, ").getEnd();

        Either<List<CompletionItem>, CompletionList> result = get(documents().completion(
                new CompletionParams(doc("bookmarks/PLAN.md"), cursor)));
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();

        List<CompletionItem> ordered = items.stream()
                .sorted(Comparator.comparing((CompletionItem item) -> item.getSortText() == null ? item.getLabel() : item.getSortText()))
                .toList();
        // Not 2.3 itself, not 1.2 (listed already); 2.2 does not depend on 2.3, so it may be added.
        assertEquals(List.of("1.1", "2.1", "2.2"), ordered.stream().map(CompletionItem::getLabel).toList());
        CompletionItem item = ordered.get(1);
        String described = String.join(" ", Objects.toString(item.getDetail(), ""),
                item.getLabelDetails() == null ? "" : Objects.toString(item.getLabelDetails().getDescription(), ""));
        assertTrue(described.contains("Add and list commands"), () -> "the item names its task: " + item);
    }

    // ---- robustness

    @Test
    void requestsOnAnUnknownFileAnswerEmptyNotWithAnError() throws Exception {
        TextDocumentIdentifier nowhere = new TextDocumentIdentifier(folder.resolve("nowhere/PLAN.md").toUri().toString());
        Position start = new Position(0, 0);

        assertEquals(null, get(documents().hover(new HoverParams(nowhere, start))));
        assertTrue(empty(get(documents().definition(new DefinitionParams(nowhere, start))).getLeft()));
        assertTrue(empty(get(documents().references(new ReferenceParams(nowhere, start, new ReferenceContext(true))))));
        assertTrue(empty(get(documents().documentHighlight(new DocumentHighlightParams(nowhere, start)))));
        assertEquals(null, get(documents().prepareRename(new PrepareRenameParams(nowhere, start))));
        assertTrue(empty(get(documents().documentSymbol(new DocumentSymbolParams(nowhere)))));
        assertTrue(empty(get(documents().foldingRange(new FoldingRangeRequestParams(nowhere)))));
        assertTrue(empty(get(documents().inlayHint(new InlayHintParams(nowhere, new Range(start, new Position(10, 0)))))));
        assertTrue(empty(get(documents().codeLens(new CodeLensParams(nowhere)))));
        SemanticTokens tokens = get(documents().semanticTokensFull(new SemanticTokensParams(nowhere)));
        assertTrue(tokens == null || tokens.getData().isEmpty(), () -> "tokens for a file that is not there: " + tokens);
        assertTrue(empty(get(documents().prepareCallHierarchy(new CallHierarchyPrepareParams(nowhere, start)))));
        CodeActionContext context = new CodeActionContext(List.of());
        assertTrue(empty(get(documents().codeAction(new CodeActionParams(nowhere, new Range(start, start), context)))));
        assertTrue(empty(get(documents().formatting(new DocumentFormattingParams(nowhere, new FormattingOptions(4, true))))));
        Either<List<CompletionItem>, CompletionList> completion = get(documents().completion(new CompletionParams(nowhere, start)));
        assertTrue(completion == null || (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()).isEmpty());
        List<SelectionRange> selection = get(documents().selectionRange(new SelectionRangeParams(nowhere, List.of(start))));
        assertTrue(selection == null || selection.stream().allMatch(range -> range == null || range.getParent() == null),
                () -> "selection ranges for a file that is not there: " + selection);
        assertNoErrorLogged();
    }

    @Test
    void cancelledRequestsLeaveTheServerAnswering() throws Exception {
        String plan = text("bookmarks/PLAN.md");
        Range id = rangeOf(plan, "<task id=\"2.1\" depends_on=\"", "1.2");
        List<CompletableFuture<?>> cancelled = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CompletableFuture<?> request = i % 2 == 0
                    ? documents().semanticTokensFull(new SemanticTokensParams(doc("bookmarks/PLAN.md")))
                    : documents().hover(new HoverParams(doc("bookmarks/PLAN.md"), inside(id)));
            // Cancelling the client's future sends $/cancelRequest for it, unless the answer came first: on a
            // busy machine this thread may lose the core between sending the request and cancelling it.
            if (request.cancel(true)) {
                cancelled.add(request);
            } else {
                assertTrue(request.isDone(), "neither cancelled nor answered");
            }
        }
        assertFalse(cancelled.isEmpty(), "no request was still pending when it was cancelled");

        Hover hover = get(documents().hover(new HoverParams(doc("bookmarks/PLAN.md"), inside(id))));
        assertTaskCard(hover, "Task 1.2 · Store bookmarks in SQLite");
        SemanticTokens tokens = get(documents().semanticTokensFull(new SemanticTokensParams(doc("bookmarks/PLAN.md"))));
        assertFalse(tokens.getData().isEmpty());
        assertNoErrorLogged();
        assertEquals(0, session.shutdownAndExit());
        session.assertOutputIsOnlyJsonRpc();
    }

    // ---- helpers

    private TextDocumentService documents() {
        return session.server.getTextDocumentService();
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static ResponseErrorException responseError(CompletableFuture<?> future) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        return assertInstanceOf(ResponseErrorException.class, failed.getCause());
    }

    /** The card's Markdown, once its first line, without emphasis, is the task's title. */
    static String assertTaskCard(Hover hover, String title) {
        assertNotNull(hover, "no hover");
        assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
        String card = hover.getContents().getRight().getValue();
        assertEquals(title, card.lines().findFirst().orElse("").replace("*", "").strip(), card);
        return card;
    }

    private void assertNoErrorLogged() {
        List<String> errors = session.client.logMessages.stream()
                .filter(message -> message.getType() == MessageType.Error)
                .map(message -> message.getMessage())
                .toList();
        assertTrue(errors.isEmpty(), () -> "the server logged errors: " + errors);
    }

    private static boolean enabled(Either<Boolean, ?> provider) {
        return provider != null && (provider.isRight() ? provider.getRight() != null : Boolean.TRUE.equals(provider.getLeft()));
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private Path path(String relative) {
        return folder.resolve(relative);
    }

    private String uri(String relative) {
        return path(relative).toUri().toString();
    }

    private TextDocumentIdentifier doc(String relative) {
        return new TextDocumentIdentifier(uri(relative));
    }

    private String text(String relative) throws IOException {
        return Files.readString(path(relative), StandardCharsets.UTF_8);
    }

    private static Path pathOf(String uri) {
        return Path.of(URI.create(uri));
    }

    private Location location(String relative, Range range) {
        return new Location(uri(relative), range);
    }

    /** Locations with their URIs spelled as this test spells them, PLAN.md then STATE.md, each by position. */
    private List<Location> sortedByFileThenPosition(List<? extends Location> locations) {
        return locations.stream()
                .map(location -> new Location(pathOf(location.getUri()).toUri().toString(), location.getRange()))
                .sorted(Comparator.comparing((Location location) -> location.getUri())
                        .thenComparing(location -> location.getRange().getStart().getLine())
                        .thenComparing(location -> location.getRange().getStart().getCharacter()))
                .toList();
    }

    private static Range rangeOf(String text, String after, String needle) {
        assertTrue(text.contains(after), () -> "no " + after);
        return RealServerProtocolTest.rangeOf(text, after, needle);
    }

    /** A cursor in the middle of a one-line range, as a click on the id would place it. */
    private static Position inside(Range range) {
        return new Position(range.getStart().getLine(), range.getStart().getCharacter() + 1);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, () -> "no " + needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static boolean contains(Range outer, Range inner) {
        return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    private static boolean overlaps(Range a, Range b) {
        return compare(a.getStart(), b.getEnd()) < 0 && compare(b.getStart(), a.getEnd()) < 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    /** The edits a workspace edit makes to one file, whether it sends document changes or a plain map. */
    private static List<TextEdit> editsFor(WorkspaceEdit edit, Path file) {
        assertNotNull(edit, "no edit");
        List<TextEdit> edits = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            for (Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation> change : edit.getDocumentChanges()) {
                assertTrue(change.isLeft(), () -> "unexpected resource operation " + change);
                if (pathOf(change.getLeft().getTextDocument().getUri()).equals(file)) {
                    edits.addAll(lefts(change.getLeft().getEdits()));
                }
            }
        }
        if (edit.getChanges() != null) {
            edit.getChanges().forEach((uri, changes) -> {
                if (pathOf(uri).equals(file)) {
                    edits.addAll(changes);
                }
            });
        }
        return edits;
    }

    private static List<TextEdit> lefts(List<Either<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>> edits) {
        return edits.stream().map(Either::getLeft).toList();
    }

    /** Applies non-overlapping edits with UTF-16 positions, last first. */
    static String apply(String text, List<? extends TextEdit> edits) {
        String result = text;
        List<TextEdit> ordered = new ArrayList<>(edits == null ? List.of() : edits);
        ordered.sort(Comparator.comparing((TextEdit edit) -> edit.getRange().getStart(), FeatureProtocolTest::compare).reversed());
        for (TextEdit edit : ordered) {
            int start = offset(result, edit.getRange().getStart());
            int end = offset(result, edit.getRange().getEnd());
            result = result.substring(0, start) + edit.getNewText() + result.substring(end);
        }
        return result;
    }

    private static int offset(String text, Position position) {
        int at = 0;
        for (int line = 0; line < position.getLine(); line++) {
            int newline = text.indexOf('\n', at);
            if (newline < 0) {
                return text.length();
            }
            at = newline + 1;
        }
        return Math.min(text.length(), at + position.getCharacter());
    }

    /** What sago reads from a plan, task by task: the graph that formatting and sorting must keep. */
    static List<String> graph(String planText) {
        PlanDocument plan = PlanParser.parse(planText);
        assertTrue(plan.readableBySago(), "sago cannot read the plan");
        PlanGraph graph = PlanGraph.of(plan);
        List<String> tasks = new ArrayList<>();
        for (Task task : graph.tasks()) {
            tasks.add(String.join(" | ",
                    task.id(),
                    plan.phases().get(task.phaseIndex()).name(),
                    task.nameText(),
                    "explicit " + ids(graph.explicitDependencies(task)),
                    "implicit " + ids(graph.implicitDependencies(task)),
                    "files " + task.files().stream().map(Ref::value).toList(),
                    "verify " + task.verifyText(),
                    "done " + task.doneText()));
        }
        tasks.sort(Comparator.naturalOrder());
        return tasks;
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).sorted().toList();
    }

    private static String taskIdOf(CallHierarchyItem item) {
        String name = item.getName();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static List<DocumentSymbol> flatten(List<DocumentSymbol> symbols) {
        List<DocumentSymbol> all = new ArrayList<>();
        for (DocumentSymbol symbol : symbols) {
            all.add(symbol);
            if (symbol.getChildren() != null) {
                all.addAll(flatten(symbol.getChildren()));
            }
        }
        return all;
    }

    private static List<String> names(List<DocumentSymbol> symbols) {
        return symbols == null ? List.of() : symbols.stream().map(DocumentSymbol::getName).toList();
    }

    private static String label(InlayHint hint) {
        return hint.getLabel().isLeft()
                ? hint.getLabel().getLeft()
                : hint.getLabel().getRight().stream().map(part -> part.getValue()).collect(Collectors.joining());
    }

    private static String lensOn(List<? extends CodeLens> lenses, int line) {
        List<String> titles = lenses.stream()
                .filter(lens -> lens.getRange().getStart().getLine() == line)
                .map(lens -> lens.getCommand().getTitle())
                .toList();
        assertEquals(1, titles.size(), () -> "lenses on line " + line + ": " + lenses);
        return titles.get(0);
    }

    private static String asString(Object result) {
        if (result instanceof JsonElement json) {
            assertTrue(json.isJsonPrimitive(), () -> "not a string: " + json);
            return json.getAsString();
        }
        return assertInstanceOf(String.class, result);
    }

    record Token(Range range, String type, Set<String> modifiers, String text) {
    }

    /** Decodes LSP's relative token encoding, checking every index against the legend. */
    private static List<Token> decode(List<Integer> data, SemanticTokensLegend legend, String text) {
        assertEquals(0, data.size() % 5, "tokens come in fives");
        List<String> lines = text.lines().toList();
        List<Token> tokens = new ArrayList<>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            int deltaLine = data.get(i);
            line += deltaLine;
            character = deltaLine == 0 ? character + data.get(i + 1) : data.get(i + 1);
            int length = data.get(i + 2);
            int type = data.get(i + 3);
            int modifierBits = data.get(i + 4);
            assertTrue(length > 0, "empty token");
            assertTrue(type >= 0 && type < legend.getTokenTypes().size(), "token type " + type + " is not in the legend");
            assertEquals(0, modifierBits >>> legend.getTokenModifiers().size(), "modifier bits outside the legend");
            assertTrue(line < lines.size() && character + length <= lines.get(line).length(), "a token past its line's end");
            Set<String> modifiers = new java.util.TreeSet<>();
            for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
                if ((modifierBits & (1 << bit)) != 0) {
                    modifiers.add(legend.getTokenModifiers().get(bit));
                }
            }
            tokens.add(new Token(new Range(new Position(line, character), new Position(line, character + length)),
                    legend.getTokenTypes().get(type), modifiers, lines.get(line).substring(character, character + length)));
        }
        return tokens;
    }
}
