package dev.specls.workspace;

import dev.specls.config.RootedGlob;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.syntax.FileKind;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a file is by its name, as the users' own tools find their files (FORMATS.md §1): the
 * globs of the settings that govern the file first, then the name globs of the {@link FileFormats}, in
 * their order (GSD's phase plans, the well-known names, the prompt template locations). The text decides
 * only where the user asks for it: a Markdown file that a {@code [files] planByContent} glob selects, one
 * named on the command line, and a buffer without a file (an untitled editor) take the kind of the first
 * format that recognizes their text (a plan: a {@code <phases} block); an editor buffer whose language a
 * format claims ({@value #PLAN_LANGUAGE_ID} for plans) is of its kind whatever it holds. Documentation,
 * rules pages and agent prompts that show plan XML are therefore never taken for plans. Thread-safe.
 */
public final class FileClassifier {

    /** The language id of an editor buffer that the user marked as a sago plan, whatever its name. */
    public static final String PLAN_LANGUAGE_ID = "specls-plan";

    /** Language ids of untitled buffers whose text is looked at: what editors give a new, unsaved buffer. */
    private static final Set<String> UNTITLED_LANGUAGES_READ = Set.of("markdown", "plaintext", "text");

    private final SettingsLookup settings;
    private final List<Path> roots;
    private final FileFormats formats;
    private final Map<Settings, UserGlobs> compiled = new IdentityHashMap<>();

    private record UserGlob(FileKind kind, Glob glob, Path base) {
    }

    /** A settings' globs, compiled once. */
    private record UserGlobs(List<UserGlob> kinds, List<UserGlob> planByContent) {
    }

    /** @param roots the workspace folders that editor settings' relative globs start from */
    public FileClassifier(SettingsLookup settings, List<Path> roots, FileFormats formats) {
        this.settings = settings;
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.formats = formats;
    }

    public FileClassifier(Settings settings, List<Path> roots, FileFormats formats) {
        this(SettingsLookup.fixed(settings), roots, formats);
    }

    /** The kind the path alone gives; OTHER when the name says nothing. */
    public FileKind classifyByName(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        String absolute = slashes(normalized);
        for (UserGlob userGlob : globsOf(normalized).kinds()) {
            if (matches(userGlob, normalized, absolute)) {
                return userGlob.kind();
            }
        }
        return formats.byName(absolute);
    }

    /** True when a {@code [files] planByContent} glob selects the file, so that its text must be read to classify it. */
    public boolean readsContent(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        String absolute = slashes(normalized);
        for (UserGlob userGlob : globsOf(normalized).planByContent()) {
            if (matches(userGlob, normalized, absolute)) {
                return true;
            }
        }
        return false;
    }

    /** A file found on disk: by its name, else a plan when a {@code planByContent} glob selects it and its text holds a block. */
    public FileKind classify(Path file, String text) {
        FileKind byName = classifyByName(file);
        if (!FileKind.OTHER.equals(byName)) {
            return byName;
        }
        return text != null && readsContent(file) ? formats.byContent(text) : FileKind.OTHER;
    }

    /** A file the user named on the command line: as on disk, and also a plan when it is Markdown and holds a block. */
    public FileKind classifyNamed(Path file, String text) {
        FileKind kind = classify(file, text);
        if (!FileKind.OTHER.equals(kind)) {
            return kind;
        }
        return text != null && isMarkdown(file) ? formats.byContent(text) : FileKind.OTHER;
    }

    /**
     * An editor buffer: a plan when the client reports the language {@value #PLAN_LANGUAGE_ID}; a buffer
     * without a file (untitled) in Markdown or plain text by its text; any other as its file on disk.
     *
     * @param file       the buffer's file, or {@code null} when its URI names none
     * @param languageId the language the client reports, or {@code null} when unknown
     */
    public FileKind classifyBuffer(Path file, String languageId, String text) {
        FileKind byLanguage = formats.byLanguage(languageId);
        if (byLanguage != null) {
            return byLanguage;
        }
        if (file == null) {
            boolean readable = languageId == null || UNTITLED_LANGUAGES_READ.contains(languageId.toLowerCase(Locale.ROOT));
            return readable && text != null ? formats.byContent(text) : FileKind.OTHER;
        }
        return classify(file, text);
    }

    public static boolean isMarkdown(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /**
     * True when the text holds a {@code <phases} start tag anywhere, as sago's fallback search
     * {@code <phases\b} finds it (so {@code <phases-list>} counts and {@code <phasesOfTheMoon>} does not).
     */
    public static boolean holdsPhasesBlock(String text) {
        int at = text.indexOf("<phases");
        while (at >= 0) {
            int after = at + "<phases".length();
            if (after == text.length() || !isWordCharacter(text.charAt(after))) {
                return true;
            }
            at = text.indexOf("<phases", after);
        }
        return false;
    }

    private static boolean isWordCharacter(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private UserGlobs globsOf(Path file) {
        Settings governing = settings.forFolder(file.getParent());
        synchronized (compiled) {
            return compiled.computeIfAbsent(governing, this::compile);
        }
    }

    private UserGlobs compile(Settings settings) {
        List<UserGlob> kinds = new ArrayList<>();
        settings.files().kinds().forEach((kindName, globs) -> {
            FileKind kind = formats.kindNamed(kindName);
            if (kind == null) {
                return;
            }
            globs.forEach(glob -> kinds.add(new UserGlob(kind, Glob.of(glob.pattern()), glob.base())));
        });
        List<UserGlob> byContent = new ArrayList<>();
        for (RootedGlob glob : settings.files().planByContent()) {
            byContent.add(new UserGlob(FileKind.PLAN, Glob.of(glob.pattern()), glob.base()));
        }
        return new UserGlobs(List.copyOf(kinds), List.copyOf(byContent));
    }

    /**
     * A glob is relative to the folder of the configuration file that wrote it, or, written in editor
     * settings, to each workspace root; an absolute pattern matches the absolute path.
     */
    private boolean matches(UserGlob userGlob, Path normalized, String absolute) {
        Glob glob = userGlob.glob();
        if (glob.matches(absolute)) {
            return true;
        }
        List<Path> bases = userGlob.base() == null ? roots : List.of(userGlob.base());
        for (Path base : bases) {
            if (normalized.startsWith(base) && glob.matches(slashes(base.relativize(normalized)))) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }
}
