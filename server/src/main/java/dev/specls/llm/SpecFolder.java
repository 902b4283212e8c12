package dev.specls.llm;

import dev.specls.text.SafeFileReader;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The folder a planning command works in: its spec set as the editor or the command line holds it, and a way to
 * read its other files (PROJECT.md, a task's files for a review) at the versions the user sees.
 *
 * @param folder  the spec set's folder
 * @param root    the workspace root: nothing above it is read
 * @param specSet the spec set as it is now, or {@code null} when the folder has none yet
 * @param texts   the text of a file in the workspace (an open buffer first, else the disk), or {@code null} when absent
 */
public record SpecFolder(Path folder, Path root, SpecSet specSet, Function<Path, String> texts) {

    /** A folder read from disk alone, links refused and nothing above {@code root}. */
    public static Function<Path, String> disk(Path root) {
        return file -> SafeFileReader.read(file, root) instanceof SafeFileReader.Read read ? read.text() : null;
    }

    public URI planUri() {
        return specSet != null && specSet.plan() != null ? specSet.plan().uri() : Uris.of(folder.resolve(PlanFile.FILE_NAME));
    }

    public URI fileUri(String name) {
        return Uris.of(folder.resolve(name));
    }

    /** The text of a file of the folder, or {@code null}. */
    public String text(String name) {
        return texts.apply(folder.resolve(name));
    }

    /** The text of a file named relative to the folder, or {@code null} when absent or outside the workspace. */
    String inside(String relative) {
        Path file = folder.resolve(relative).normalize();
        Path top = root == null ? folder : root;
        return file.startsWith(top) ? texts.apply(file) : null;
    }

    /** The plan's text, or {@code null} when the folder has none. */
    String planText() {
        return specSet != null && specSet.plan() != null ? specSet.plan().text() : text(PlanFile.FILE_NAME);
    }

    /** The state file's text, or {@code null}. */
    String stateText() {
        return specSet != null && specSet.state() != null ? specSet.state().text() : text("STATE.md");
    }
}
