package dev.specls.workspace;

import dev.specls.syntax.prompt.PromptTemplate;
import java.nio.file.Path;
import java.util.List;

/**
 * How prompt templates group: all of a workspace's prompts form one spec set, whatever their folders,
 * since they reach each other by name and by path across folders (a SASE reference, a partial in an
 * enclosing folder, an include relative to a loader root). A change to one prompt so rechecks the
 * library, and a reference it settles or breaks anywhere is reported at once.
 */
public final class PromptLayout implements SpecSetLayout {

    public static final PromptLayout INSTANCE = new PromptLayout();

    private PromptLayout() {
    }

    @Override
    public Path groupOf(Path file) {
        Path root = file.toAbsolutePath().getRoot();
        return root == null ? file.getParent() : root;
    }

    @Override
    public List<SpecSet> specSets(Path group, List<SourceFile> members, List<SpecSet> previous) {
        if (members.isEmpty()) {
            return List.of();
        }
        return List.of(SpecSet.replacing(previous.isEmpty() ? null : previous.get(0), group, members));
    }

    /** True for the spec set of a workspace's prompts. */
    public static boolean holdsPrompts(SpecSet specSet) {
        return !specSet.members().isEmpty() && specSet.members().get(0).tree(PromptTemplate.class) != null;
    }
}
