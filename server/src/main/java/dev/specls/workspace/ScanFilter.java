package dev.specls.workspace;

import dev.specls.config.FileSettings;
import dev.specls.config.RootedGlob;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.text.SafeFileReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which files and folders a scan leaves out, and why: specls's defaults, the {@code [files] exclude}
 * patterns of the settings that govern the path (then {@code --exclude}), and, where the settings
 * respect them, the {@code .gitignore} files of the repository around it.
 *
 * <p>Defaults and excludes are one list in {@code .gitignore} syntax, so a user's {@code !build/}
 * re-includes a default. Gitignore files are read as ripgrep reads them: only inside a git
 * repository (a folder holding {@code .git}), from the repository's root down to the path, a deeper
 * file winning over the ones above it, then {@code .git/info/exclude}; a nested repository starts
 * afresh. The global excludes file of git's own configuration is not read.
 *
 * <p>Answers only about the path itself: a scan does not descend into a left-out folder. One filter
 * serves one version of the settings; it caches what it reads and is used under the workspace's lock.
 */
final class ScanFilter {

    /** Why a path is left out. */
    enum Reason {
        /** It is read. */
        NONE,
        /** specls's own defaults: version-control, dependency, build and hidden folders. */
        DEFAULT,
        /** A pattern of {@code [files] exclude} or {@code --exclude}. */
        EXCLUDED,
        /** A {@code .gitignore} file. */
        GITIGNORED
    }

    /**
     * Hidden folders are left out except those where spec and prompt files live ({@code .specls} holds
     * the workspace's own planning prompts); then the folders of other tools' dependencies and builds.
     */
    static final List<String> DEFAULT_EXCLUDES = List.of(
            ".*/", "!.claude/", "!.github/", "!.xprompts/", "!.planning/", "!.kiro/", "!.specify/", "!.specls/",
            ".git/", "node_modules/", "target/", "build/", "dist/", ".venv/");
    private static final List<IgnoreRules.Rule> DEFAULT_RULES = DEFAULT_EXCLUDES.stream()
            .map(pattern -> IgnoreRules.compile(null, pattern, true))
            .toList();
    private static final String GIT = ".git";
    private static final String GITIGNORE = ".gitignore";

    private final SettingsLookup settings;
    private final Map<Settings, IgnoreRules> excludesBySettings = new IdentityHashMap<>();
    /** For each folder inside a repository, its gitignore files and those above it, deepest first; empty outside one. */
    private final Map<Path, Optional<List<IgnoreRules>>> gitignoresByFolder = new HashMap<>();

    ScanFilter(SettingsLookup settings) {
        this.settings = settings;
    }

    /**
     * Why {@code path} is left out, judged on its own (not on its folders).
     *
     * @param root the scan's root, which the defaults and editor-setting patterns are relative to
     */
    Reason reason(Path path, boolean directory, Path root) {
        if (path.equals(root) || path.getParent() == null) {
            return Reason.NONE;
        }
        if (directory && path.getFileName().toString().equals(GIT)) {
            return Reason.DEFAULT;
        }
        Settings governing = settings.forFolder(path.getParent());
        IgnoreRules.Rule rule = excludes(governing).decisiveRule(path, directory, root);
        if (rule != null && !rule.negated()) {
            return rule.isDefault() ? Reason.DEFAULT : Reason.EXCLUDED;
        }
        if (governing.files().respectGitignore() && gitignored(path, directory)) {
            return Reason.GITIGNORED;
        }
        return Reason.NONE;
    }

    /** Why {@code path} is left out, judged on itself and on every folder between {@code root} and it. */
    Reason reasonWithFolders(Path path, boolean directory, Path root) {
        if (!path.startsWith(root) || path.equals(root)) {
            return Reason.NONE;
        }
        Path folder = root;
        for (Path name : root.relativize(path.getParent())) {
            folder = folder.resolve(name);
            Reason reason = reason(folder, true, root);
            if (reason != Reason.NONE) {
                return reason;
            }
        }
        return reason(path, directory, root);
    }

    private synchronized IgnoreRules excludes(Settings governing) {
        return excludesBySettings.computeIfAbsent(governing, ScanFilter::compileExcludes);
    }

    private static IgnoreRules compileExcludes(Settings governing) {
        FileSettings files = governing.files();
        List<IgnoreRules.Rule> rules = new ArrayList<>(DEFAULT_RULES);
        for (RootedGlob pattern : files.exclude()) {
            IgnoreRules.Rule rule = IgnoreRules.compile(pattern.base(), pattern.pattern(), false);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return new IgnoreRules(rules);
    }

    private boolean gitignored(Path path, boolean directory) {
        for (IgnoreRules rules : gitignores(path.getParent()).orElse(List.of())) {
            IgnoreRules.Verdict verdict = rules.match(path, directory, null);
            if (verdict != IgnoreRules.Verdict.NONE) {
                return verdict == IgnoreRules.Verdict.IGNORED;
            }
        }
        return false;
    }

    /** The gitignore files that apply in {@code folder}, deepest first; empty when the folder is in no repository. */
    private synchronized Optional<List<IgnoreRules>> gitignores(Path folder) {
        Optional<List<IgnoreRules>> known = gitignoresByFolder.get(folder);
        if (known != null) {
            return known;
        }
        Optional<List<IgnoreRules>> chain;
        if (Files.exists(folder.resolve(GIT))) {
            chain = Optional.of(withoutEmpty(List.of(read(folder.resolve(GITIGNORE), folder),
                    read(folder.resolve(GIT).resolve("info").resolve("exclude"), folder))));
        } else if (folder.getParent() == null) {
            chain = Optional.empty();
        } else {
            chain = gitignores(folder.getParent()).map(above -> {
                List<IgnoreRules> files = new ArrayList<>();
                files.add(read(folder.resolve(GITIGNORE), folder));
                files.addAll(above);
                return withoutEmpty(files);
            });
        }
        gitignoresByFolder.put(folder, chain);
        return chain;
    }

    private static List<IgnoreRules> withoutEmpty(List<IgnoreRules> files) {
        return files.stream().filter(rules -> !rules.isEmpty()).toList();
    }

    /**
     * A gitignore file's rules; none when it is absent or not read, which only means nothing is ignored by
     * it. It is read as every file is: a regular file, not a link (git does not follow one either), capped.
     */
    private static IgnoreRules read(Path file, Path folder) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return IgnoreRules.NONE;
        }
        return SafeFileReader.read(file, null) instanceof SafeFileReader.Read read ? IgnoreRules.ofFile(folder, read.text()) : IgnoreRules.NONE;
    }
}
