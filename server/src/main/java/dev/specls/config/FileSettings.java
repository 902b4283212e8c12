package dev.specls.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files specls reads, as the {@code [files]} table configures it.
 *
 * @param kinds            file kind name in lower case ("plan", "requirements", "state", "project", "prompt") to
 *                         globs that select files of that kind whatever their name
 * @param planByContent    globs whose Markdown files are plans when their text holds a {@code <phases} block
 *                         (the content sniffing specls no longer does unasked)
 * @param exclude          patterns in {@code .gitignore} syntax of files and folders to leave out, after the
 *                         defaults; in the order they apply (a later {@code !pattern} re-includes)
 * @param respectGitignore whether paths that {@code .gitignore} files ignore are left out too
 */
public record FileSettings(Map<String, List<RootedGlob>> kinds, List<RootedGlob> planByContent, List<RootedGlob> exclude,
                           boolean respectGitignore) {

    public static FileSettings defaults() {
        return new FileSettings(Map.of(), List.of(), List.of(), true);
    }

    /** The same settings with these kind globs, relative to the workspace roots. */
    FileSettings withKinds(Map<String, List<String>> globs) {
        Map<String, List<RootedGlob>> rooted = new LinkedHashMap<>();
        globs.forEach((kind, patterns) -> rooted.put(kind, patterns.stream().map(pattern -> new RootedGlob(pattern, null)).toList()));
        return new FileSettings(Collections.unmodifiableMap(rooted), planByContent, exclude, respectGitignore);
    }
}
