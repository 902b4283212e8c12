package dev.specls.workspace;

import dev.specls.syntax.prompt.PromptTemplate;
import java.net.URI;
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
        SpecSet replaced = previous.isEmpty() ? null : previous.get(0);
        SpecSet next = SpecSet.replacing(replaced, group, members);
        if (replaced != null && next != replaced) {
            PromptLibrary.succeeds(next, replaced);
        }
        return List.of(next);
    }

    /** Only the edited prompt and those whose findings point into it, when an edit left every name, input, call and read as it was. */
    @Override
    public List<SourceFile> affectedMembers(SpecSet specSet, URI changed) {
        List<SourceFile> affected = holdsPrompts(specSet) ? PromptLibrary.of(specSet).affectedBy(changed) : null;
        return affected != null ? affected : specSet.members();
    }

    /** True for the spec set of a workspace's prompts. */
    public static boolean holdsPrompts(SpecSet specSet) {
        return !specSet.members().isEmpty() && specSet.members().get(0).tree(PromptTemplate.class) != null;
    }
}
