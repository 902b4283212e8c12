package dev.specls.features;

import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;

/**
 * Renaming an id of a spec tree: a new id of the same shape (the same prefix, or numbers for numbered
 * ids), not taken, written into every occurrence; a declaration written with a label
 * ({@code User Story 2}, {@code Requirement 3}) keeps its label and gets the new number. Ids that are
 * a position (a Kiro acceptance criterion, a phase number) are not renamed: moving the item renumbers them.
 */
final class SpecRenames {

    private SpecRenames() {
    }

    static void refuse(SpecTree tree, Occurrence at, String name) {
        List<Declared> declared = tree.declared(at.key());
        for (Declared declaration : declared) {
            ItemKind kind = declaration.item().kind();
            if (kind == ItemKind.CRITERION || kind == ItemKind.PHASE || (kind == ItemKind.REQUIREMENT && ItemIds.prefix(at.key()).isEmpty())) {
                throw new FeatureException("Cannot rename " + declaration.item().label(tree.format()) + ": its id is its place in "
                        + declaration.file().uri().getPath().substring(declaration.file().uri().getPath().lastIndexOf('/') + 1)
                        + ", so move the item to renumber it.");
            }
        }
        String key = ItemIds.canonical(name);
        boolean prefixed = !ItemIds.prefix(at.key()).isEmpty();
        boolean sameShape = prefixed ? ItemIds.prefix(key).equals(ItemIds.prefix(at.key())) && ItemIds.number(key) >= 0
                : !key.isEmpty() && ItemIds.prefix(key).isEmpty() && key.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-')
                        && Character.isDigit(key.charAt(0)) && Character.isDigit(key.charAt(key.length() - 1));
        if (!sameShape) {
            throw new FeatureException("\"" + name + "\" is not an id like " + at.text() + ": keep "
                    + (prefixed ? "the prefix " + ItemIds.prefix(at.key()) + " and a number" : "numbers joined by dots") + ".");
        }
        if (!key.equals(at.key()) && !tree.declared(key).isEmpty()) {
            throw new FeatureException("Cannot rename: " + name + " is already declared (" + tree.declared(key).get(0).item().label(tree.format())
                    + "); the two would merge.");
        }
    }

    /** The new text of one occurrence: the new id, or for a labelled declaration its label with the new number. */
    static String replacement(String written, String key, String name) {
        if (ItemIds.canonical(written).equals(key)) {
            return name;
        }
        int end = written.length();
        while (end > 0 && !Character.isDigit(written.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(written.charAt(start - 1))) {
            start--;
        }
        int number = ItemIds.number(name);
        if (start == end || number < 0) {
            return name;
        }
        // GSD's "plan: 01" keeps its width: the plan's id is its phase's number and this one, both zero-padded.
        StringBuilder digits = new StringBuilder(String.valueOf(number));
        while (written.charAt(start) == '0' && digits.length() < end - start) {
            digits.insert(0, '0');
        }
        return written.substring(0, start) + digits + written.substring(end);
    }
}
