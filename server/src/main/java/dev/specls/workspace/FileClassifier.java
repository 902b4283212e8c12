package dev.specls.workspace;

import dev.specls.config.Settings;
import dev.specls.syntax.FileKind;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides what a file is (FORMATS.md §1): the user's globs first, then the well-known names, then
 * the prompt template locations, then, for other Markdown files, whether the text holds a
 * {@code <phases} block. Immutable; the workspace makes a new one when settings or roots change.
 */
public final class FileClassifier {

    private static final Map<String, FileKind> BASENAMES = Map.of(
            "PLAN.md", FileKind.PLAN,
            "REQUIREMENTS.md", FileKind.REQUIREMENTS,
            "STATE.md", FileKind.STATE,
            "PROJECT.md", FileKind.PROJECT);

    /** Matched against the whole path, so the locations count wherever the project sits. */
    private static final List<Glob> PROMPT_GLOBS = List.of(
            "**/*.prompt.md", "**/*.prompty", "**/*.prompt", "**/SKILL.md",
            "**/xprompts/**/*.md", "**/.xprompts/**/*.md", "**/.claude/commands/**/*.md", "**/.github/prompts/**/*.md")
            .stream().map(Glob::of).toList();

    private final List<Path> roots;
    private final List<UserGlob> userGlobs;

    private record UserGlob(FileKind kind, Glob glob) {
    }

    /** @param roots the workspace folders that the settings' relative globs start from */
    public FileClassifier(Settings settings, List<Path> roots) {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        List<UserGlob> globs = new ArrayList<>();
        for (FileKind kind : FileKind.values()) {
            for (String pattern : settings.fileGlobs().getOrDefault(kind.name().toLowerCase(Locale.ROOT), List.of())) {
                globs.add(new UserGlob(kind, Glob.of(pattern)));
            }
        }
        this.userGlobs = List.copyOf(globs);
    }

    /**
     * The kind of a file with this text. {@code file} may be {@code null} for a buffer without a path
     * (an untitled editor), which only the content can classify; {@code text} may be {@code null} when
     * the content is not known, which leaves only the name.
     */
    public FileKind classify(Path file, String text) {
        FileKind byName = file == null ? FileKind.OTHER : classifyByName(file);
        if (byName != FileKind.OTHER) {
            return byName;
        }
        boolean markdown = file == null || isMarkdown(file);
        return markdown && text != null && holdsPhasesBlock(text) ? FileKind.PLAN : FileKind.OTHER;
    }

    /** The kind the path alone gives; OTHER when only the content could tell (see {@link #isMarkdown}). */
    public FileKind classifyByName(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        String absolute = slashes(normalized);
        for (UserGlob userGlob : userGlobs) {
            if (matchesUserGlob(userGlob.glob(), normalized, absolute)) {
                return userGlob.kind();
            }
        }
        Path name = file.getFileName();
        FileKind known = name == null ? null : BASENAMES.get(name.toString());
        if (known != null) {
            return known;
        }
        for (Glob prompt : PROMPT_GLOBS) {
            if (prompt.matches(absolute)) {
                return FileKind.PROMPT;
            }
        }
        return FileKind.OTHER;
    }

    /** Markdown files are the ones a {@code <phases} block can turn into plans, so they must be read to classify. */
    public static boolean isMarkdown(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** True when the text holds a {@code <phases} start tag anywhere (raw or fenced, as sago's fallback finds it). */
    public static boolean holdsPhasesBlock(String text) {
        int at = text.indexOf("<phases");
        while (at >= 0) {
            int after = at + "<phases".length();
            if (after == text.length() || text.charAt(after) == '>' || text.charAt(after) == '/' || Character.isWhitespace(text.charAt(after))) {
                return true;
            }
            at = text.indexOf("<phases", after);
        }
        return false;
    }

    /** User globs are relative to a workspace root; an absolute pattern matches the absolute path. */
    private boolean matchesUserGlob(Glob glob, Path normalized, String absolute) {
        if (glob.matches(absolute)) {
            return true;
        }
        for (Path root : roots) {
            if (normalized.startsWith(root) && glob.matches(slashes(root.relativize(normalized)))) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }
}
