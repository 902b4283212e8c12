package dev.specls.workspace.spec;

import dev.specls.syntax.spec.SpecDocument;
import dev.specls.text.LineIndex;
import java.net.URI;

/** One file of a spec tree with what its format's parser made of it. Equal only to itself: a file is one version. */
public record SpecFile(URI uri, String text, LineIndex lineIndex, SpecDocument document) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
