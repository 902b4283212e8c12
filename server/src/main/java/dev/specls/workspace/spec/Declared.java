package dev.specls.workspace.spec;

import dev.specls.syntax.spec.SpecItem;

/** An item with the file that declares it. */
public record Declared(SpecFile file, SpecItem item) {

    public String key() {
        return item.key();
    }
}
