package dev.specls.features;

import dev.specls.features.prompt.PromptFeatures;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.TaskId;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import dev.specls.workspace.SymbolIndex.Kind;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.workspace.SymbolIndex.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Rename of a task or requirement id across its spec set: the declaration, {@code depends_on}, STATE.md
 * task lines and fields, and requirement citations, as one {@link WorkspaceEdit} of versioned
 * {@link TextDocumentEdit}s. Requirement ids compare canonically, so every spelling ({@code FR-1},
 * {@code FR-001}) becomes the new name; renaming {@code FR-1} to {@code FR-001} unifies the spelling.
 */
public final class Renames {


    private Renames() {
    }

    /** The id's range and text, or {@code null} when nothing renamable is under the cursor. */
    public static PrepareRenameResult prepare(FeatureContext context, URI uri, Position position) {
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null) {
            return position == null ? null : PromptFeatures.prepareRename(context, prompt, position);
        }
        NavigationTargets.Target target = NavigationTargets.occurrenceAt(context, uri, position);
        if (target == null) {
            return null;
        }
        Occurrence occurrence = target.occurrence();
        return new PrepareRenameResult(Positions.range(target.file(), occurrence.span(), context.encoding()),
                target.file().text().substring(occurrence.span().start(), occurrence.span().end()));
    }

    /** The edit, or {@link FeatureException} with the reason when the new name is refused. */
    public static WorkspaceEdit rename(FeatureContext context, URI uri, Position position, String newName) {
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null && position != null) {
            return PromptFeatures.rename(context, prompt, position, newName);
        }
        NavigationTargets.Target target = NavigationTargets.occurrenceAt(context, uri, position);
        if (target == null) {
            throw new FeatureException("Nothing to rename here: place the cursor on a task id or a requirement id.");
        }
        Occurrence at = target.occurrence();
        String name = newName == null ? "" : newName.strip();
        SpecTree tree = SpecTrees.of(target.specSet());
        if (tree != null) {
            SpecRenames.refuse(tree, at, name);
        } else if (at.kind() == Kind.TASK) {
            refuseTaskName(context, target.specSet(), at.key(), name);
        } else {
            refuseRequirementName(context, target.specSet(), at.key(), name);
        }
        Map<URI, List<Either<TextEdit, SnippetTextEdit>>> editsByFile = new LinkedHashMap<>();
        for (Occurrence occurrence : NavigationTargets.occurrences(context, target.specSet(), at.kind(), at.key())) {
            SourceFile file = context.workspace().file(occurrence.uri());
            String written = file == null ? null : file.text().substring(occurrence.span().start(), occurrence.span().end());
            String replacement = tree == null ? name : SpecRenames.replacement(written, at.key(), name);
            if (file == null || written.equals(replacement)) {
                continue;
            }
            editsByFile.computeIfAbsent(file.uri(), ignored -> new ArrayList<>())
                    .add(Either.forLeft(new TextEdit(Positions.range(file, occurrence.span(), context.encoding()), replacement)));
        }
        for (URI edited : editsByFile.keySet()) {
            if (!context.workspace().mayEdit(edited)) {
                throw new FeatureException("Cannot rename: " + fileName(edited) + " is a symbolic link (or lies in a linked folder), and the edit "
                        + "would be written through it to a file that may lie outside the workspace. Rename the id in the link's target yourself.");
            }
        }
        List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>();
        for (Map.Entry<URI, List<Either<TextEdit, SnippetTextEdit>>> entry : editsByFile.entrySet()) {
            SourceFile file = context.workspace().file(entry.getKey());
            int version = file.snapshot().version();
            VersionedTextDocumentIdentifier document = new VersionedTextDocumentIdentifier(file.uri().toString(), version < 0 ? null : version);
            changes.add(Either.forLeft(new TextDocumentEdit(document, entry.getValue())));
        }
        WorkspaceEdit edit = new WorkspaceEdit();
        edit.setDocumentChanges(changes);
        return edit;
    }

    private static void refuseTaskName(FeatureContext context, SpecSet specSet, String key, String name) {
        if (!TaskId.isSagoForm(name)) {
            throw new FeatureException("\"" + name + "\" is not a valid task id: use the form N.M (such as 2.3), "
                    + "the only form sago's STATE.md can record as done.");
        }
        if (!name.equals(key)) {
            refuseTaken(context, specSet, Kind.TASK, name, "task id " + name);
        }
    }

    private static void refuseRequirementName(FeatureContext context, SpecSet specSet, String key, String name) {
        if (!RequirementId.isCitable(name)) {
            throw new FeatureException("\"" + name + "\" is not a valid requirement id: use an upper-case prefix, a dash and a number, "
                    + "such as REQ-7 or FR-012 (an optional lower-case letter may follow: FR-3a).");
        }
        String canonical = RequirementId.canonical(name);
        if (!canonical.equals(key)) {
            refuseTaken(context, specSet, Kind.REQUIREMENT, canonical, "requirement id " + name);
        }
    }

    /** Refuses a name that the spec set already declares or references: the rename would merge two ids. */
    private static void refuseTaken(FeatureContext context, SpecSet specSet, Kind kind, String key, String what) {
        List<Occurrence> existing = specSet.symbols().of(kind, key);
        if (existing.isEmpty()) {
            return;
        }
        Occurrence first = existing.stream().filter(occurrence -> occurrence.role() == Role.DECLARATION).findFirst().orElse(existing.get(0));
        SourceFile file = context.workspace().file(first.uri());
        String where = file == null ? "" : " (" + fileName(first.uri()) + " line " + (file.lineIndex().lineOf(first.span().start()) + 1) + ")";
        throw new FeatureException(first.role() == Role.DECLARATION
                ? "Cannot rename: " + what + " already exists" + where + "; the two would merge."
                : "Cannot rename: " + what + " is already referenced" + where + " though not declared; the rename would bind that reference.");
    }

    private static String fileName(URI uri) {
        String path = uri.getPath();
        if (path == null) {
            return uri.toString();
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
