package dev.specls.workspace.spec;

import dev.specls.syntax.spec.SpecDocument;
import dev.specls.text.LineIndex;
import java.net.URI;

/** One file of a spec tree with what its format's parser made of it. */
public record SpecFile(URI uri, String text, LineIndex lineIndex, SpecDocument document) {
}
