package dev.specls.workspace;

import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.syntax.state.StateParser;
import dev.specls.text.Snapshot;
import dev.specls.text.Utf8Error;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file specls knows, open editor buffers taking precedence over disk, grouped into spec sets.
 * Thread-safe: mutations come from one thread, reads from any; readers see immutable snapshots.
 *
 * <p>All state sits in one immutable {@link State} that each mutation copies, changes and publishes
 * (copy-on-write), so a reader always sees one consistent version. A change re-parses only the
 * changed file and rebuilds only the spec sets of its folder; those reuse whatever they derived from
 * members that did not change, and every other spec set is kept as it was.
 */
public final class Workspace implements WorkspaceView {

    /** Larger files are not spec files anyone edits by hand; reading them would only cost memory. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Comparator<SourceFile> BY_PATH = Comparator.comparing(file -> file.uri().toString());

    /**
     * What a folder scan left out because the user asked for it: by {@code [files] exclude} or
     * {@code --exclude}, or by {@code .gitignore} (specls's own defaults are not counted).
     *
     * @param folders folders not read at all
     * @param files   files of a known kind not read
     */
    public record ScanSummary(int folders, int files) {
    }

    private record State(
            SettingsLookup settings,
            List<Path> roots,
            FileClassifier classifier,
            ScanFilter filter,
            Map<URI, SourceFile> files,
            /* Open buffers, each with the language the client reported for it ("" when it reported none). */
            Map<URI, String> open,
            Map<Path, List<SourceFile>> specFilesByFolder,
            Map<Path, List<SpecSet>> specSetsByFolder,
            Map<URI, SpecSet> specSetsWithoutFolder,
            Map<URI, SpecSet> specSetByMember,
            Map<URI, String> ioProblems) {
    }

    private volatile State state;

    public Workspace(Settings settings) {
        this(SettingsLookup.fixed(settings));
    }

    /** @param settings the settings of each folder, which decide which files are read and as what */
    public Workspace(SettingsLookup settings) {
        state = new State(settings, List.of(), new FileClassifier(settings, List.of()), new ScanFilter(settings),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public synchronized void setSettings(Settings settings) {
        setSettings(SettingsLookup.fixed(settings), false);
    }

    /**
     * New settings: every known file is classified again, disk files that no longer have a kind or are now
     * left out leave, and the roots are scanned again when the files settings of a root differ or
     * {@code filesOnDiskChanged} says that a configuration or {@code .gitignore} file changed.
     */
    public synchronized void setSettings(SettingsLookup settings, boolean filesOnDiskChanged) {
        Edit edit = new Edit();
        boolean rootsDiffer = edit.roots.stream()
                .anyMatch(root -> !settings.forFolder(root).files().equals(state.settings().forFolder(root).files()));
        edit.settings = settings;
        edit.classifier = new FileClassifier(settings, edit.roots);
        edit.filter = new ScanFilter(settings);
        edit.reclassifyKnownFiles();
        if (rootsDiffer || filesOnDiskChanged) {
            edit.roots.forEach(root -> edit.scan(root, root));
        }
        edit.commit();
    }

    public SettingsLookup settings() {
        return state.settings();
    }

    /**
     * Adds a workspace root and reads every file of a known kind below it from disk, leaving out what
     * {@link ScanFilter} leaves out (version-control, dependency, build and hidden folders, the user's
     * excludes, gitignored paths); the root itself is read even when it would be left out. Unreadable
     * and oversized files are left out and listed in {@link #problems()}.
     *
     * @return what the scan left out because the user's excludes or gitignore files asked for it
     */
    public synchronized ScanSummary addFolder(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        Edit edit = new Edit();
        if (!edit.roots.contains(normalized)) {
            edit.roots.add(normalized);
            edit.classifier = new FileClassifier(edit.settings, edit.roots);
        }
        ScanSummary summary = edit.scan(normalized, normalized);
        edit.commit();
        return summary;
    }

    /**
     * Adds or replaces one file from disk that the user named: it is read even when excludes or
     * gitignore files would leave it out, and a Markdown file holding a {@code <phases} block is a plan.
     */
    public synchronized SourceFile addFile(Path file) {
        Path path = file.toAbsolutePath().normalize();
        URI uri = Uris.of(path);
        Edit edit = new Edit();
        if (!edit.open.containsKey(uri)) {
            String text = edit.readText(path);
            if (text == null) {
                edit.remove(uri);
            } else {
                edit.put(uri, -1, text, edit.classifier.classifyNamed(path, text));
            }
        }
        edit.commit();
        return file(uri);
    }

    public SourceFile open(URI uri, int version, String text) {
        return open(uri, version, null, text);
    }

    /**
     * An editor opened the buffer; it is read whatever the excludes say, as a file named by the user.
     *
     * @param languageId the language the client reports, which can make any buffer a plan
     *                   ({@link FileClassifier#PLAN_LANGUAGE_ID}); {@code null} when unknown
     */
    public synchronized SourceFile open(URI uri, int version, String languageId, String text) {
        URI normalized = Uris.normalize(uri);
        Edit edit = new Edit();
        edit.open.put(normalized, languageId == null ? "" : languageId);
        edit.put(normalized, version, text, edit.classifier.classifyBuffer(Uris.toPath(normalized), languageId, text));
        edit.commit();
        return file(normalized);
    }

    /** The buffer's new text; it keeps the language it was opened with. */
    public synchronized SourceFile change(URI uri, int version, String text) {
        String languageId = state.open().get(Uris.normalize(uri));
        return open(uri, version, languageId == null || languageId.isEmpty() ? null : languageId, text);
    }

    /** The buffer is closed: the file falls back to its disk content, or leaves the workspace. */
    public synchronized void close(URI uri) {
        URI normalized = Uris.normalize(uri);
        Edit edit = new Edit();
        edit.open.remove(normalized);
        Path path = Uris.toPath(normalized);
        String text = path == null || edit.leftOut(path, false) ? null : edit.readText(path);
        FileKind kind = text == null ? FileKind.OTHER : edit.classifier.classify(path, text);
        if (kind == FileKind.OTHER) {
            edit.remove(normalized);
        } else {
            edit.put(normalized, -1, text, kind);
        }
        edit.commit();
    }

    /** The file was created or changed on disk; ignored while a buffer for it is open. */
    public synchronized void diskChanged(URI uri) {
        URI normalized = Uris.normalize(uri);
        Path path = Uris.toPath(normalized);
        if (path == null || state.open().containsKey(normalized)) {
            return;
        }
        Edit edit = new Edit();
        if (Files.isDirectory(path)) {
            Path root = edit.rootOf(path);
            if (root != null && !edit.leftOut(path, true)) {
                edit.scan(path, root);
            }
        } else {
            boolean known = edit.files.containsKey(normalized);
            if (!known && edit.leftOut(path, false)) {
                return;
            }
            String text = edit.readText(path);
            FileKind kind = text == null ? FileKind.OTHER : edit.classifier.classify(path, text);
            if (text == null) {
                edit.remove(normalized);
            } else if (known || kind != FileKind.OTHER) {
                // A file the workspace already holds stays, even when its new text no longer looks like a plan.
                edit.put(normalized, -1, text, kind);
            }
        }
        edit.commit();
    }

    /** The file, or a whole folder, was deleted on disk; open buffers stay. */
    public synchronized void diskDeleted(URI uri) {
        URI normalized = Uris.normalize(uri);
        Path path = Uris.toPath(normalized);
        if (path == null) {
            return;
        }
        Edit edit = new Edit();
        if (edit.files.containsKey(normalized)) {
            if (!edit.open.containsKey(normalized)) {
                edit.remove(normalized);
            }
        } else {
            for (URI known : new ArrayList<>(edit.files.keySet())) {
                Path knownPath = Uris.toPath(known);
                if (knownPath != null && knownPath.startsWith(path) && !edit.open.containsKey(known)) {
                    edit.remove(known);
                }
            }
        }
        edit.ioProblems.keySet().removeIf(problemUri -> {
            Path problemPath = Uris.toPath(problemUri);
            return problemPath != null && problemPath.startsWith(path);
        });
        edit.commit();
    }

    @Override
    public SourceFile file(URI uri) {
        return state.files().get(Uris.normalize(uri));
    }

    @Override
    public Collection<SourceFile> files() {
        return Collections.unmodifiableCollection(state.files().values());
    }

    public boolean isOpen(URI uri) {
        return state.open().containsKey(Uris.normalize(uri));
    }

    /** The spec set the file belongs to, or {@code null} for a file of no spec set. */
    @Override
    public SpecSet specSetOf(URI uri) {
        return state.specSetByMember().get(Uris.normalize(uri));
    }

    /** Every spec set, by folder, the folder's primary spec set first. */
    @Override
    public Collection<SpecSet> specSets() {
        List<SpecSet> all = new ArrayList<>();
        State current = state;
        new TreeMap<>(current.specSetsByFolder()).values().forEach(all::addAll);
        all.addAll(new TreeMap<>(current.specSetsWithoutFolder()).values());
        return all;
    }

    /**
     * The files whose findings may change when this one changes: itself and every member of the spec
     * sets in its folder. The folder, not just the file's current spec set, so that deleting or
     * renaming PLAN.md still re-publishes the STATE.md beside it.
     */
    public Set<URI> affectedBy(URI changed) {
        URI normalized = Uris.normalize(changed);
        Set<URI> affected = new LinkedHashSet<>();
        affected.add(normalized);
        Path path = Uris.toPath(normalized);
        Path folder = path == null ? null : path.getParent();
        if (folder != null) {
            for (SpecSet specSet : state.specSetsByFolder().getOrDefault(folder, List.of())) {
                specSet.members().forEach(member -> affected.add(member.uri()));
            }
        }
        return Collections.unmodifiableSet(affected);
    }

    /** What went wrong with reading files, for the user; the configuration's problems are told by {@link SettingsLookup#takeNewlyRead}. */
    public Collection<String> problems() {
        return List.copyOf(new TreeMap<>(state.ioProblems()).values());
    }

    private static SourceFile parse(Snapshot snapshot, FileKind kind) {
        String text = snapshot.text();
        return switch (kind) {
            case PLAN -> new SourceFile(snapshot, kind, PlanParser.parse(text), null, null);
            case REQUIREMENTS -> new SourceFile(snapshot, kind, null, RequirementsParser.parse(text), null);
            case STATE -> new SourceFile(snapshot, kind, null, null, StateParser.parse(text));
            default -> new SourceFile(snapshot, kind, null, null, null);
        };
    }

    private static boolean isSpecSetMember(FileKind kind) {
        return kind == FileKind.PLAN || kind == FileKind.REQUIREMENTS || kind == FileKind.STATE;
    }

    /**
     * A folder's spec sets: the primary one (PLAN.md, else the first other plan by name, with the
     * folder's requirements and state), then one per further plan file on its own.
     */
    private static List<SpecSet> groupIntoSpecSets(Path folder, List<SourceFile> members, List<SpecSet> previous) {
        SourceFile plan = primary(members, FileKind.PLAN, "PLAN.md");
        SourceFile requirements = primary(members, FileKind.REQUIREMENTS, "REQUIREMENTS.md");
        SourceFile stateFile = primary(members, FileKind.STATE, "STATE.md");
        List<SpecSet> sets = new ArrayList<>();
        if (plan != null || requirements != null || stateFile != null) {
            sets.add(SpecSet.replacing(previous.isEmpty() ? null : previous.get(0), folder, plan, requirements, stateFile));
        }
        for (SourceFile member : members) {
            if (member.kind() == FileKind.PLAN && member != plan) {
                SpecSet before = previous.stream().filter(set -> member.uri().equals(set.planUri())).findFirst().orElse(null);
                sets.add(SpecSet.replacing(before, folder, member, null, null));
            }
        }
        return sets;
    }

    private static SourceFile primary(List<SourceFile> members, FileKind kind, String conventionalName) {
        SourceFile first = null;
        for (SourceFile member : members) {
            if (member.kind() != kind) {
                continue;
            }
            Path path = Uris.toPath(member.uri());
            if (path != null && path.getFileName().toString().equals(conventionalName)) {
                return member;
            }
            if (first == null) {
                first = member;
            }
        }
        return first;
    }

    /** One mutation: copies of the current state's collections, changed in place, then published at once. */
    private final class Edit {

        private final State base = state;
        SettingsLookup settings = base.settings();
        final List<Path> roots = new ArrayList<>(base.roots());
        FileClassifier classifier = base.classifier();
        ScanFilter filter = base.filter();
        final Map<URI, SourceFile> files = new HashMap<>(base.files());
        final Map<URI, String> open = new HashMap<>(base.open());
        final Map<URI, String> ioProblems = new HashMap<>(base.ioProblems());
        /** Changed files by URI, {@code null} for a removed one. */
        private final Map<URI, SourceFile> changed = new LinkedHashMap<>();
        /** Files read from disk in this edit whose bytes are not all UTF-8. */
        private final Map<URI, Utf8Error> utf8Errors = new HashMap<>();

        /** Parses the text unless the held file already has this version, kind and text. */
        void put(URI uri, int version, String text, FileKind kind) {
            SourceFile held = files.get(uri);
            if (held != null && held.kind() == kind && held.snapshot().version() == version && held.text().equals(text)) {
                return;
            }
            SourceFile parsed = parse(new Snapshot(uri, version, text, version < 0 ? utf8Errors.get(uri) : null), kind);
            files.put(uri, parsed);
            changed.put(uri, parsed);
        }

        void remove(URI uri) {
            if (files.remove(uri) != null) {
                changed.put(uri, null);
            }
        }

        /** The file's text decoded leniently as UTF-8, or {@code null} when it is absent, unreadable or too large (then recorded as a problem). */
        String readText(Path path) {
            URI uri = Uris.of(path);
            ioProblems.remove(uri);
            try {
                if (Files.size(path) > MAX_FILE_BYTES) {
                    ioProblems.put(uri, "skipped " + path + ": larger than " + (MAX_FILE_BYTES >> 20) + " MB");
                    return null;
                }
                byte[] bytes = Files.readAllBytes(path);
                String text = new String(bytes, StandardCharsets.UTF_8);
                // Editors drop a byte order mark from the buffer; dropping it here keeps disk and buffer offsets equal.
                int bom = text.startsWith("\uFEFF") ? 1 : 0;
                Utf8Error utf8Error = text.indexOf('\uFFFD') < 0 ? null : Utf8Error.find(bytes);
                if (utf8Error != null) {
                    utf8Errors.put(uri, utf8Error.shifted(bom));
                }
                return text.substring(bom);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException | RuntimeException e) {
                ioProblems.put(uri, "could not read " + path + ": " + e.getMessage());
                return null;
            }
        }

        /**
         * Reads every file below the folder that has a kind and is not left out; open buffers keep precedence.
         *
         * @param root the workspace root or command-line folder the scan belongs to, which defaults and
         *             editor-setting excludes are relative to
         */
        ScanSummary scan(Path folder, Path root) {
            int[] skipped = new int[2];
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        Path normalized = dir.toAbsolutePath().normalize();
                        if (normalized.equals(folder)) {
                            return FileVisitResult.CONTINUE;
                        }
                        ScanFilter.Reason reason = filter.reason(normalized, true, root);
                        if (reason == ScanFilter.Reason.NONE) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (reason != ScanFilter.Reason.DEFAULT) {
                            skipped[0]++;
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (!readScanned(file.toAbsolutePath().normalize(), attributes, root)) {
                            skipped[1]++;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        ioProblems.put(Uris.of(file), "could not read " + file + ": " + e.getMessage());
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                ioProblems.put(Uris.of(folder), "could not scan " + folder + ": " + e.getMessage());
            }
            return new ScanSummary(skipped[0], skipped[1]);
        }

        /** Reads a scanned file that may have a kind; false when the user's excludes or gitignore left it out. */
        private boolean readScanned(Path file, BasicFileAttributes attributes, Path root) {
            URI uri = Uris.of(file);
            if (!attributes.isRegularFile() || open.containsKey(uri)) {
                return true;
            }
            if (classifier.classifyByName(file) == FileKind.OTHER && !classifier.readsContent(file)) {
                return true;
            }
            ScanFilter.Reason reason = filter.reason(file, false, root);
            if (reason != ScanFilter.Reason.NONE) {
                return reason == ScanFilter.Reason.DEFAULT;
            }
            String text = readText(file);
            FileKind kind = text == null ? FileKind.OTHER : classifier.classify(file, text);
            if (kind != FileKind.OTHER) {
                put(uri, -1, text, kind);
            }
            return true;
        }

        /** After the settings changed: files get their new kind, and disk files that no longer have one, or are now left out, leave. */
        void reclassifyKnownFiles() {
            for (SourceFile file : new ArrayList<>(files.values())) {
                Path path = Uris.toPath(file.uri());
                String languageId = open.get(file.uri());
                if (languageId != null) {
                    put(file.uri(), file.snapshot().version(), file.text(),
                            classifier.classifyBuffer(path, languageId.isEmpty() ? null : languageId, file.text()));
                    continue;
                }
                FileKind kind = classifier.classify(path, file.text());
                if (kind == FileKind.OTHER || leftOut(path, false)) {
                    remove(file.uri());
                } else {
                    put(file.uri(), file.snapshot().version(), file.text(), kind);
                }
            }
        }

        /** True when a scan of the workspace root holding the path would leave it, or a folder above it, out. */
        boolean leftOut(Path path, boolean directory) {
            Path root = rootOf(path);
            return root != null && filter.reasonWithFolders(path, directory, root) != ScanFilter.Reason.NONE;
        }

        /** The innermost workspace root that holds the path, or {@code null}. */
        Path rootOf(Path path) {
            Path innermost = null;
            for (Path root : roots) {
                if (path.startsWith(root) && (innermost == null || root.startsWith(innermost))) {
                    innermost = root;
                }
            }
            return innermost;
        }

        /** Rebuilds the spec sets of the folders that changed and publishes the new state. */
        void commit() {
            Map<Path, List<SourceFile>> specFilesByFolder = new HashMap<>(base.specFilesByFolder());
            Map<Path, List<SpecSet>> specSetsByFolder = new HashMap<>(base.specSetsByFolder());
            Map<URI, SpecSet> specSetsWithoutFolder = new HashMap<>(base.specSetsWithoutFolder());
            Map<URI, SpecSet> specSetByMember = new HashMap<>(base.specSetByMember());
            Map<Path, List<SourceFile>> changedByFolder = new HashMap<>();
            for (Map.Entry<URI, SourceFile> entry : changed.entrySet()) {
                Path path = Uris.toPath(entry.getKey());
                if (path == null) {
                    // A buffer with no file (an untitled editor): a plan there is a spec set of its own.
                    SpecSet previous = specSetsWithoutFolder.remove(entry.getKey());
                    specSetByMember.remove(entry.getKey());
                    SourceFile file = entry.getValue();
                    if (file != null && file.kind() == FileKind.PLAN) {
                        SpecSet alone = SpecSet.replacing(previous, null, file, null, null);
                        specSetsWithoutFolder.put(entry.getKey(), alone);
                        specSetByMember.put(entry.getKey(), alone);
                    }
                } else if (path.getParent() != null) {
                    List<SourceFile> inFolder = changedByFolder.computeIfAbsent(path.getParent(), ignored -> new ArrayList<>());
                    if (entry.getValue() != null && isSpecSetMember(entry.getValue().kind())) {
                        inFolder.add(entry.getValue());
                    }
                }
            }
            for (Map.Entry<Path, List<SourceFile>> folderChange : changedByFolder.entrySet()) {
                Path folder = folderChange.getKey();
                List<SourceFile> members = new ArrayList<>(folderChange.getValue());
                for (SourceFile member : specFilesByFolder.getOrDefault(folder, List.of())) {
                    if (!changed.containsKey(member.uri())) {
                        members.add(member);
                    }
                }
                members.sort(BY_PATH);
                List<SpecSet> previousSets = specSetsByFolder.getOrDefault(folder, List.of());
                List<SpecSet> sets = groupIntoSpecSets(folder, members, previousSets);
                previousSets.forEach(set -> set.members().forEach(member -> specSetByMember.remove(member.uri())));
                sets.forEach(set -> set.members().forEach(member -> specSetByMember.put(member.uri(), set)));
                putOrRemove(specFilesByFolder, folder, List.copyOf(members));
                putOrRemove(specSetsByFolder, folder, List.copyOf(sets));
            }
            state = new State(settings, List.copyOf(roots), classifier, filter, Collections.unmodifiableMap(files), Collections.unmodifiableMap(open),
                    Collections.unmodifiableMap(specFilesByFolder), Collections.unmodifiableMap(specSetsByFolder),
                    Collections.unmodifiableMap(specSetsWithoutFolder), Collections.unmodifiableMap(specSetByMember),
                    Collections.unmodifiableMap(ioProblems));
        }

        private static <T> void putOrRemove(Map<Path, List<T>> map, Path folder, List<T> values) {
            if (values.isEmpty()) {
                map.remove(folder);
            } else {
                map.put(folder, values);
            }
        }
    }
}
