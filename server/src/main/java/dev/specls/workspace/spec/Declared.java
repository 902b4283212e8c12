package dev.specls.workspace.spec;

import dev.specls.syntax.spec.SpecItem;

/** An item with the file that declares it; two are equal when they are the same declaration. */
public record Declared(SpecFile file, SpecItem item) {

    public String key() {
        return item.key();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Declared that && that.item == item && that.file == file;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(item);
    }
}
