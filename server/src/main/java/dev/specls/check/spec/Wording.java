package dev.specls.check.spec;

import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Phrases several spec rules share: how an item is named, which ids a "did you mean" may offer. */
final class Wording {

    private Wording() {
    }

    /** {@code task T012}, {@code Phase 2}: the item as messages name it. */
    static String label(Declared declared) {
        return declared.item().label(declared.file().document().format());
    }

    /** How the tool is named in messages. */
    static String tool(SpecTree tree) {
        return tree.format().displayName();
    }

    /** The ids declared with one of these kinds, as written, in document order. */
    static List<String> ids(SpecTree tree, Set<ItemKind> kinds) {
        Set<String> ids = new LinkedHashSet<>();
        for (Declared declared : tree.declared()) {
            if (kinds.contains(declared.item().kind())) {
                ids.add(declared.item().id());
            }
        }
        return new ArrayList<>(ids);
    }

    /** The words for the kinds a reference may name: "task", "requirement or acceptance criterion". */
    static String kinds(SpecFormat format, Set<ItemKind> kinds) {
        List<String> words = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            if (kinds.contains(kind)) {
                words.add(kind.word(format));
            }
        }
        return String.join(" or ", words);
    }

    /** What the tool does with an item whose order it cannot know: the consequence messages state. */
    static String cannotOrder(SpecTree tree, Declared item) {
        String label = label(item);
        return switch (tree.format()) {
            case SPEC_KIT -> "/speckit.implement cannot tell when " + label + " may start";
            case KIRO -> "Kiro cannot tell when " + label + " may start";
            case SAGA -> "the Saga orchestrator never launches " + label;
            case GSD -> "GSD's executor never schedules " + label;
            case SPECPILOT -> "the implementation agent cannot tell when " + label + " may start";
        };
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
