package dev.specls.features.prompt;

import dev.specls.features.FeatureException;
import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.CallSite;
import dev.specls.workspace.PromptLibrary.Prompt;
import dev.specls.workspace.Uris;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Renaming an input (declaration, every read, every call-site argument) or a binding, and following a renamed template file. */
public final class PromptRenames {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PromptRenames() {
    }

    /** The range a rename at the cursor would change, or {@code null} when nothing there can be renamed. */
    public static Span prepare(PromptLibrary library, Prompt prompt, int offset) {
        PromptCursor cursor = PromptCursor.at(prompt, offset);
        if (cursor instanceof PromptCursor.Input || cursor instanceof PromptCursor.Local) {
            return cursor.span();
        }
        if (cursor instanceof PromptCursor.NamedArgument && PromptNavigation.inputAt(library, prompt, offset) != null) {
            return cursor.span();
        }
        return null;
    }

    public static PromptEdits rename(PromptLibrary library, Prompt prompt, int offset, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new FeatureException("\"" + name + "\" is not a variable name: use letters, digits and underscores, not starting with a digit.");
        }
        PromptEdits edits = new PromptEdits();
        PromptCursor cursor = PromptCursor.at(prompt, offset);
        if (cursor instanceof PromptCursor.Local local) {
            edits.add(prompt.uri(), local.binding().span(), name);
            for (VariableUse use : prompt.template().body().variables()) {
                if (local.binding().equals(use.binding())) {
                    edits.add(prompt.uri(), use.nameSpan(), name);
                }
            }
            return edits;
        }
        PromptNavigation.InputOf input = PromptNavigation.inputAt(library, prompt, offset);
        if (input == null) {
            throw new FeatureException("Nothing to rename here: place the cursor on an input, a variable or a named argument.");
        }
        if (!name.equals(input.name()) && input.prompt().template().inputs().find(name) != null) {
            throw new FeatureException("\"" + input.prompt().name() + "\" already has an input \"" + name
                    + "\": renaming would merge the two. Pick another name.");
        }
        for (PromptNavigation.Place place : PromptNavigation.inputReferences(library, input, true, false)) {
            edits.add(place.uri(), place.span(), name);
        }
        return edits;
    }

    /** The edits that keep every reference to {@code oldUri} working once the file is {@code newUri}. */
    public static PromptEdits fileRenamed(PromptLibrary library, URI oldUri, URI newUri) {
        PromptEdits edits = new PromptEdits();
        Prompt renamed = library.prompt(Uris.normalize(oldUri));
        Path newPath = Uris.toPath(Uris.normalize(newUri));
        if (renamed == null || newPath == null || renamed.path() == null) {
            return edits;
        }
        String newFileName = newPath.getFileName().toString();
        for (CallSite site : library.callers(renamed)) {
            String replacement = switch (site.call().kind()) {
                case REFERENCE -> renamed.template().frontmatterValue("name") == null ? stem(newFileName, ".md") : null;
                case PARTIAL -> renamed.template().flavor() == PromptFlavor.DOTPROMPT ? partialName(site, newPath) : null;
                case INCLUDE, IMPORT, EXTENDS -> relativePath(site, renamed.path(), newPath);
                default -> null;
            };
            if (replacement != null && !replacement.equals(site.call().target()) && site.call().kind() != CallKind.MACRO) {
                edits.add(site.caller().uri(), site.call().targetSpan(), replacement);
            }
        }
        return edits;
    }

    private static String stem(String fileName, String suffix) {
        return fileName.endsWith(suffix) ? fileName.substring(0, fileName.length() - suffix.length()) : fileName;
    }

    /** dotprompt's name for {@code _name.prompt}, written from the caller's folder ({@code sub/name} for {@code sub/_name.prompt}). */
    private static String partialName(CallSite site, Path newPath) {
        String file = newPath.getFileName().toString();
        if (!file.startsWith("_") || !file.endsWith(".prompt")) {
            return null;
        }
        String name = file.substring(1, file.length() - ".prompt".length());
        Path caller = site.caller().path();
        if (caller == null) {
            return null;
        }
        Path folder = caller.getParent().relativize(newPath.getParent());
        String prefix = folder.toString().isEmpty() ? "" : folder.toString().replace('\\', '/') + "/";
        return prefix.startsWith("..") ? null : prefix + name;
    }

    /** The same path written from the folder the old one was found from. */
    private static String relativePath(CallSite site, Path oldPath, Path newPath) {
        Path written = Path.of(site.call().target());
        Path base = oldPath;
        for (int i = 0; i < written.getNameCount() && base != null; i++) {
            base = base.getParent();
        }
        if (base == null) {
            return null;
        }
        return base.relativize(newPath).toString().replace('\\', '/');
    }
}
