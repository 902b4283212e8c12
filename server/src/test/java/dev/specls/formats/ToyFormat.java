package dev.specls.formats;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.features.DocumentSymbols;
import dev.specls.features.FeatureContext;
import dev.specls.features.FormatFeatures;
import dev.specls.features.completion.CompletionRequest;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.SyntaxTree;
import dev.specls.text.Span;
import dev.specls.workspace.FileFormat;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SpecSetLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SymbolKind;

/**
 * A format that exists only to prove the seam: everything a real format brings, registered as one row
 * through the same API as the built-in ones. A toy tree is a {@code TOY.toy} root with item files below
 * {@code items/<name>/}, grouped like a Saga tree; each line {@code id: text} declares an id and each
 * {@code -> id} refers to one.
 */
final class ToyFormat {

    static final FileKind TOY = new FileKind("TOY");

    /** One declaration or reference: the id and where it is written. */
    record Name(String id, Span span) {
    }

    record ToyTree(List<Name> declarations, List<Name> references) implements SyntaxTree {
    }

    /** Groups a root and every item below it, whichever folder each item is in. */
    static final SpecSetLayout TREE = new SpecSetLayout() {
        @Override
        public Path groupOf(Path file) {
            Path name = file.getFileName();
            if (name != null && name.toString().equals("TOY.toy")) {
                return file.getParent();
            }
            Path itemFolder = file.getParent();
            Path items = itemFolder == null ? null : itemFolder.getParent();
            return items != null && items.getFileName() != null && items.getFileName().toString().equals("items") ? items.getParent() : null;
        }

        @Override
        public List<SpecSet> specSets(Path group, List<SourceFile> members, List<SpecSet> previous) {
            return group == null ? List.of() : List.of(SpecSet.replacing(previous.isEmpty() ? null : previous.get(0), group, members));
        }
    };

    static final class DanglingToyReference extends AbstractRule {
        DanglingToyReference() {
            super("toy/dangling-reference", Severity.ERROR, "A reference to an id that no file of the toy tree declares.");
        }

        @Override
        public void check(SpecSet specSet, FindingSink sink) {
            Set<String> declared = new HashSet<>();
            List<SourceFile> files = specSet.members(TOY);
            files.forEach(file -> file.tree(ToyTree.class).declarations().forEach(name -> declared.add(name.id())));
            for (SourceFile file : files) {
                for (Name reference : file.tree(ToyTree.class).references()) {
                    if (!declared.contains(reference.id())) {
                        sink.report(file.uri(), reference.span(), "no file of the tree declares \"" + reference.id() + "\"; declare it or fix the name");
                    }
                }
            }
        }
    }

    static final FormatFeatures FEATURES = new FormatFeatures() {
        @Override
        public void complete(CompletionRequest request) {
            for (SourceFile file : request.specSet().members(TOY)) {
                for (Name name : file.tree(ToyTree.class).declarations()) {
                    request.add(name.id(), CompletionItemKind.Reference, request.offset(), request.offset(), name.id(), false);
                }
            }
        }

        @Override
        public List<DocumentSymbols.Node> symbols(DocumentSymbols.Outline outline, SpecSet specSet) {
            return outline.file().tree(ToyTree.class).declarations().stream()
                    .map(name -> outline.node(name.id(), null, SymbolKind.Key, name.span(), name.span())).toList();
        }

        @Override
        public Hover hover(FeatureContext context, SourceFile file, int offset) {
            for (Name name : file.tree(ToyTree.class).references()) {
                if (name.span().touches(offset)) {
                    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, "toy reference to `" + name.id() + "`"));
                }
            }
            return null;
        }
    };

    static final Format ROW = Format.of(FileFormat.of(TOY).named("**/*.toy").parsedBy(ToyFormat::parse).groupedBy(TREE))
            .checkedBy(List.of(new DanglingToyReference())).withFeatures(FEATURES);

    private ToyFormat() {
    }

    static ToyTree parse(String text) {
        List<Name> declarations = new ArrayList<>();
        List<Name> references = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            if (line.startsWith("-> ")) {
                String id = line.substring(3).strip();
                int at = lineStart + line.indexOf(id, 3);
                references.add(new Name(id, new Span(at, at + id.length())));
            } else if (line.indexOf(':') > 0) {
                String id = line.substring(0, line.indexOf(':'));
                declarations.add(new Name(id, new Span(lineStart, lineStart + id.length())));
            }
            lineStart = lineEnd + 1;
        }
        return new ToyTree(List.copyOf(declarations), List.copyOf(references));
    }
}
