package dev.specls.features.prompt;

import dev.specls.features.FeatureContext;
import dev.specls.features.FeatureException;
import dev.specls.features.Positions;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Token;
import dev.specls.syntax.prompt.TemplateBody.TokenKind;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The prompt-template features in protocol terms: what the feature entry points answer for a prompt file. */
public final class PromptFeatures {

    private PromptFeatures() {
    }

    /** The prompt at the URI when it is a prompt file of the workspace, else {@code null}. */
    public static Prompt prompt(FeatureContext context, URI uri) {
        SourceFile file = uri == null ? null : context.workspace().file(uri);
        if (file == null || file.tree(PromptTemplate.class) == null) {
            return null;
        }
        return PromptLibrary.of(context.workspace()).prompt(file.uri());
    }

    public static PromptLibrary library(FeatureContext context) {
        return PromptLibrary.of(context.workspace());
    }

    private static int offset(Prompt prompt, Position position, FeatureContext context) {
        return Positions.offset(prompt.file(), position, context.encoding());
    }

    public static Hover hover(FeatureContext context, Prompt prompt, int offset) {
        PromptHovers.Card card = PromptHovers.hover(library(context), prompt, offset);
        return card == null ? null : new Hover(new MarkupContent(MarkupKind.MARKDOWN, card.markdown()),
                Positions.range(prompt.file(), card.span(), context.encoding()));
    }

    public static List<Location> definition(FeatureContext context, Prompt prompt, Position position) {
        return locations(context, PromptNavigation.definition(library(context), prompt, offset(prompt, position, context)));
    }

    public static List<Location> references(FeatureContext context, Prompt prompt, Position position, boolean includeDeclaration) {
        return locations(context, PromptNavigation.references(library(context), prompt, offset(prompt, position, context), includeDeclaration));
    }

    public static List<DocumentHighlight> highlights(FeatureContext context, Prompt prompt, Position position) {
        List<DocumentHighlight> highlights = new ArrayList<>();
        for (PromptNavigation.Place place : PromptNavigation.references(library(context), prompt, offset(prompt, position, context), true)) {
            if (place.uri().equals(prompt.uri())) {
                highlights.add(new DocumentHighlight(Positions.range(prompt.file(), place.span(), context.encoding()), DocumentHighlightKind.Read));
            }
        }
        return highlights;
    }

    private static List<Location> locations(FeatureContext context, List<PromptNavigation.Place> places) {
        List<Location> locations = new ArrayList<>();
        for (PromptNavigation.Place place : places) {
            context.cancellation().checkCanceled();
            SourceFile file = context.workspace().file(place.uri());
            if (file != null) {
                locations.add(Positions.location(file, place.span(), context.encoding()));
            } else {
                locations.add(new Location(place.uri().toString(), new Range(new Position(0, 0), new Position(0, 0))));
            }
        }
        return locations;
    }

    public static PrepareRenameResult prepareRename(FeatureContext context, Prompt prompt, Position position) {
        Span span = PromptRenames.prepare(library(context), prompt, offset(prompt, position, context));
        return span == null ? null : new PrepareRenameResult(Positions.range(prompt.file(), span, context.encoding()), span.of(prompt.file().text()));
    }

    public static WorkspaceEdit rename(FeatureContext context, Prompt prompt, Position position, String newName) {
        return PromptRenames.rename(library(context), prompt, offset(prompt, position, context), newName).toWorkspaceEdit(context);
    }

    /** The edit that keeps references working when template files are renamed; {@code null} when none is needed. */
    public static WorkspaceEdit filesRenamed(FeatureContext context, List<URI[]> renames) {
        PromptLibrary library = library(context);
        PromptEdits edits = new PromptEdits();
        for (URI[] rename : renames) {
            PromptRenames.fileRenamed(library, rename[0], rename[1]).byFile()
                    .forEach((uri, list) -> list.forEach(edit -> edits.add(uri, edit.span(), edit.text())));
        }
        return edits.isEmpty() ? null : edits.toWorkspaceEdit(context);
    }

    /** The items, each replacing the word the cursor ends. */
    public static List<CompletionItem> completion(FeatureContext context, Prompt prompt, Position position) {
        int at = offset(prompt, position, context);
        String text = prompt.file().text();
        int start = at;
        while (start > 0 && isWordPart(text.charAt(start - 1))) {
            start--;
        }
        Range range = Positions.range(prompt.file(), new Span(start, at), context.encoding());
        List<CompletionItem> items = PromptCompletion.complete(library(context), prompt, at);
        for (CompletionItem item : items) {
            item.setTextEdit(Either.forLeft(new org.eclipse.lsp4j.TextEdit(range, item.getInsertText())));
            item.setInsertText(null);
        }
        return items;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '@';
    }

    public static List<InlayHint> inlayHints(FeatureContext context, Prompt prompt, Span window) {
        List<InlayHint> hints = new ArrayList<>();
        for (PromptStructure.Hint hint : PromptStructure.hints(library(context), prompt, window)) {
            InlayHintLabelPart part = new InlayHintLabelPart(hint.label());
            if (hint.declaredIn() != null) {
                part.setLocation(Positions.location(hint.declaredIn().file(), hint.declaration(), context.encoding()));
            }
            InlayHint inlay = new InlayHint(Positions.position(hint.offset(), prompt.file().lineIndex(), context.encoding()),
                    Either.forRight(List.of(part)));
            inlay.setPaddingLeft(true);
            inlay.setTooltip("default of an input this call leaves out");
            hints.add(inlay);
        }
        return hints;
    }

    /** The semantic token type (an index into the legend's {@code TYPES}) of each kind of template token, or -1 for none. */
    public static List<int[]> tokens(Prompt prompt, Span window, java.util.function.ToIntFunction<TokenKind> typeOf) {
        List<int[]> tokens = new ArrayList<>();
        for (Token token : PromptStructure.tokens(prompt)) {
            int type = typeOf.applyAsInt(token.kind());
            if (type >= 0 && token.span().end() >= window.start() && token.span().start() <= window.end()) {
                tokens.add(new int[] {token.span().start(), token.span().end(), type});
            }
        }
        return tokens;
    }

    /** Refuses a request that needs a prompt file. */
    static Prompt require(FeatureContext context, URI uri, String what) {
        Prompt prompt = prompt(context, uri);
        if (prompt == null) {
            throw new FeatureException(what + ": " + uri + " is not a prompt template of the workspace");
        }
        return prompt;
    }
}
