package dev.specls.workspace;

import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.syntax.FileKind;
import dev.specls.text.SafeFileReader;
import dev.specls.text.Snapshot;
import dev.specls.text.Utf8Error;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 *
 * <p>Reading and parsing come in two steps, so that a server can keep its document thread free: {@code
 * prepare…} does the slow part (reading the disk, parsing) on any thread without publishing anything,
 * and {@link #apply} publishes the result in a moment. A prepared change of one file applies even if
 * other files changed in the meantime; what it read about other files applies only to those that did
 * not change since, and a file read from disk never replaces an open buffer. The one-step methods
 * ({@link #open}, {@link #addFolder}, …) prepare and apply at once.
 *
 * <p>Disk reads go through {@link SafeFileReader}: no symbolic link below a root is followed, by scans
 * and watcher events alike, and a spec file that is not read is listed in {@link #unreadFiles()}.
 */
public final class Workspace implements WorkspaceView {

    /** Larger files are not spec files anyone edits by hand; reading them would only cost memory. */
    static final long MAX_FILE_BYTES = SafeFileReader.MAX_BYTES;

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
            Map<SpecSetGroup, List<SourceFile>> specFilesByGroup,
            Map<SpecSetGroup, List<SpecSet>> specSetsByGroup,
            Map<URI, SpecSet> specSetsWithoutFolder,
            Map<URI, SpecSet> specSetByMember,
            Map<URI, String> ioProblems,
            Map<URI, String> unread,
            WorkspaceSnapshot snapshot) {
    }

    /**
     * A mutation done but not published: what it changed, and the state it started from. Made on any
     * thread by a {@code prepare…} method, published by {@link #apply}.
     */
    public static final class Prepared {
        private final State base;
        private final URI target;
        private final SettingsLookup settings;
        private final List<Path> roots;
        private final FileClassifier classifier;
        private final Map<URI, String> opened;
        private final Set<URI> closed;
        private final Map<URI, SourceFile> changed;
        private final Map<URI, String> problems;
        private final Map<URI, String> unread;
        private final ScanSummary summary;

        private Prepared(Edit edit, URI target, ScanSummary summary) {
            this.base = edit.base;
            this.target = target;
            this.settings = edit.settings;
            this.roots = List.copyOf(edit.roots);
            this.classifier = edit.classifier;
            this.opened = new HashMap<>(edit.open);
            opened.entrySet().removeIf(entry -> entry.getValue().equals(base.open().get(entry.getKey())));
            this.closed = new HashSet<>(base.open().keySet());
            closed.removeAll(edit.open.keySet());
            this.changed = new LinkedHashMap<>(edit.changed);
            this.problems = new LinkedHashMap<>(edit.changedProblems);
            this.unread = new LinkedHashMap<>(edit.changedUnread);
            this.summary = summary;
        }
    }

    private final FileFormats formats;
    private volatile State state;

    public Workspace(Settings settings, FileFormats formats) {
        this(SettingsLookup.fixed(settings), formats);
    }

    /**
     * @param settings the settings of each folder, which decide which files are read and as what
     * @param formats  what each kind of file is: its names, parser and spec-set layout
     */
    public Workspace(SettingsLookup settings, FileFormats formats) {
        this.formats = formats;
        state = new State(settings, List.of(), new FileClassifier(settings, List.of(), formats), new ScanFilter(settings),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), WorkspaceSnapshot.EMPTY);
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
        edit.classifier = new FileClassifier(settings, edit.roots, formats);
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
    public ScanSummary addFolder(Path root) {
        Prepared prepared = prepareAddFolder(root);
        apply(prepared);
        return prepared.summary;
    }

    public Prepared prepareAddFolder(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        Edit edit = new Edit();
        if (!edit.roots.contains(normalized)) {
            edit.roots.add(normalized);
            edit.classifier = new FileClassifier(edit.settings, edit.roots, formats);
        }
        ScanSummary summary = edit.scan(normalized, normalized);
        return edit.prepared(null, summary);
    }

    /**
     * Adds or replaces one file from disk that the user named: it is read even when excludes or
     * gitignore files would leave it out, and a Markdown file holding a {@code <phases} block is a plan.
     * Returns {@code null} when the file is not read: absent, or refused and listed in {@link #unreadFiles()}.
     */
    public SourceFile addFile(Path file) {
        Path path = file.toAbsolutePath().normalize();
        URI uri = Uris.of(path);
        Edit edit = new Edit();
        if (!edit.open.containsKey(uri)) {
            String text = edit.readText(path, true);
            if (text == null) {
                edit.remove(uri);
            } else {
                edit.put(uri, -1, text, edit.classifier.classifyNamed(path, text));
            }
        }
        apply(edit.prepared(uri, null));
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
    public SourceFile open(URI uri, int version, String languageId, String text) {
        apply(prepareOpen(uri, version, languageId, text));
        return file(uri);
    }

    /** As {@link #open(URI, int, String, String)}, prepared to be applied later. */
    public Prepared prepareOpen(URI uri, int version, String languageId, String text) {
        URI normalized = Uris.normalize(uri);
        Edit edit = new Edit();
        edit.open.put(normalized, languageId == null ? "" : languageId);
        edit.setUnread(normalized, null);
        edit.put(normalized, version, text, edit.classifier.classifyBuffer(Uris.toPath(normalized), languageId, text));
        return edit.prepared(normalized, null);
    }

    /** The buffer's new text; it keeps the language it was opened with. */
    public SourceFile change(URI uri, int version, String text) {
        apply(prepareChange(uri, version, text));
        return file(uri);
    }

    public Prepared prepareChange(URI uri, int version, String text) {
        String languageId = state.open().get(Uris.normalize(uri));
        return prepareOpen(uri, version, languageId == null || languageId.isEmpty() ? null : languageId, text);
    }

    /** The buffer is closed: the file falls back to its disk content, or leaves the workspace. */
    public void close(URI uri) {
        apply(prepareClose(uri));
    }

    public Prepared prepareClose(URI uri) {
        URI normalized = Uris.normalize(uri);
        Edit edit = new Edit();
        edit.open.remove(normalized);
        Path path = Uris.toPath(normalized);
        SourceFile held = edit.files.get(normalized);
        boolean specFile = held != null && !FileKind.OTHER.equals(held.kind())
                || path != null && !FileKind.OTHER.equals(edit.classifier.classifyByName(path));
        String text = path == null || edit.leftOut(path, false) ? null : edit.readText(path, specFile);
        FileKind kind = text == null ? FileKind.OTHER : edit.classifier.classify(path, text);
        if (FileKind.OTHER.equals(kind)) {
            edit.remove(normalized);
        } else {
            edit.put(normalized, -1, text, kind);
        }
        return edit.prepared(normalized, null);
    }

    /** The file was created or changed on disk; ignored while a buffer for it is open. */
    public void diskChanged(URI uri) {
        apply(prepareDiskChanged(uri));
    }

    public Prepared prepareDiskChanged(URI uri) {
        URI normalized = Uris.normalize(uri);
        Path path = Uris.toPath(normalized);
        Edit edit = new Edit();
        if (path == null || edit.open.containsKey(normalized)) {
            return edit.prepared(normalized, null);
        }
        if (Files.isDirectory(path)) {
            Path root = edit.rootOf(path);
            if (root != null && !edit.leftOut(path, true)) {
                edit.scan(path, root);
            }
        } else {
            boolean known = edit.files.containsKey(normalized);
            if (!known && edit.leftOut(path, false)) {
                return edit.prepared(normalized, null);
            }
            String text = edit.readText(path, known || !FileKind.OTHER.equals(edit.classifier.classifyByName(path)));
            FileKind kind = text == null ? FileKind.OTHER : edit.classifier.classify(path, text);
            if (text == null) {
                edit.remove(normalized);
            } else if (known || !FileKind.OTHER.equals(kind)) {
                // A file the workspace already holds stays, even when its new text no longer looks like a plan.
                edit.put(normalized, -1, text, kind);
            }
        }
        return edit.prepared(normalized, null);
    }

    /**
     * Publishes a prepared mutation. Its own file ({@code target}) takes the prepared content whatever
     * happened since; any other file only when it is still as the preparation found it, and a disk read
     * never replaces an open buffer.
     */
    public synchronized void apply(Prepared prepared) {
        Edit edit = new Edit();
        if (edit.classifier == prepared.base.classifier()) {
            // Nothing reclassified files since the preparation: its settings, roots and classifier hold as they are.
            edit.settings = prepared.settings;
            edit.roots.clear();
            edit.roots.addAll(prepared.roots);
            edit.classifier = prepared.classifier;
        } else if (prepared.classifier != prepared.base.classifier()) {
            // Both changed the classification: this preparation's settings win, roots add up.
            edit.settings = prepared.settings != prepared.base.settings() ? prepared.settings : edit.settings;
            prepared.roots.stream().filter(root -> !edit.roots.contains(root)).forEach(edit.roots::add);
            edit.classifier = new FileClassifier(edit.settings, edit.roots, formats);
            edit.filter = new ScanFilter(edit.settings);
        }
        edit.open.putAll(prepared.opened);
        prepared.closed.forEach(edit.open::remove);
        for (Map.Entry<URI, SourceFile> entry : prepared.changed.entrySet()) {
            URI uri = entry.getKey();
            SourceFile file = entry.getValue();
            boolean asPrepared = uri.equals(prepared.target) || edit.base.files().get(uri) == prepared.base.files().get(uri);
            boolean diskOverBuffer = file != null && file.snapshot().version() < 0 && edit.open.containsKey(uri);
            if (!asPrepared || diskOverBuffer) {
                continue;
            }
            if (file == null) {
                edit.remove(uri);
            } else {
                edit.install(file, prepared.classifier);
            }
        }
        prepared.problems.forEach(edit::setProblem);
        prepared.unread.forEach((uri, reason) -> {
            if (reason == null || !edit.open.containsKey(uri)) {
                edit.setUnread(uri, reason);
            }
        });
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
        for (URI problemUri : new ArrayList<>(edit.ioProblems.keySet())) {
            Path problemPath = Uris.toPath(problemUri);
            if (problemPath != null && problemPath.startsWith(path)) {
                edit.setProblem(problemUri, null);
            }
        }
        for (URI unreadUri : new ArrayList<>(edit.unread.keySet())) {
            Path unreadPath = Uris.toPath(unreadUri);
            if (unreadPath != null && unreadPath.startsWith(path)) {
                edit.setUnread(unreadUri, null);
            }
        }
        edit.commit();
    }

    /**
     * The workspace as it is now, unchanged by later mutations: what one request or one diagnostics run
     * reads, so that it sees every file and spec set at one version. Taking one costs nothing.
     */
    public WorkspaceSnapshot snapshot() {
        return state.snapshot();
    }

    @Override
    public SourceFile file(URI uri) {
        return snapshot().file(uri);
    }

    @Override
    public Collection<SourceFile> files() {
        return snapshot().files();
    }

    /** The spec files on disk that were not read, with why (completing "it …"): links, special files, oversized or unreadable ones. */
    @Override
    public Map<URI, String> unreadFiles() {
        return snapshot().unreadFiles();
    }

    @Override
    public boolean mayEdit(URI uri) {
        return snapshot().mayEdit(uri);
    }

    public boolean isOpen(URI uri) {
        return state.open().containsKey(Uris.normalize(uri));
    }

    @Override
    public SpecSet specSetOf(URI uri) {
        return snapshot().specSetOf(uri);
    }

    @Override
    public Collection<SpecSet> specSets() {
        return snapshot().specSets();
    }

    /** As {@link WorkspaceSnapshot#affectedBy}, now. */
    public Set<URI> affectedBy(URI changed) {
        return snapshot().affectedBy(changed);
    }

    /**
     * What went wrong with reading files and folders, for the user; spec files not read are in {@link
     * #unreadFiles()}, and the configuration's problems are told by {@link SettingsLookup#takeNewlyRead}.
     */
    public Collection<String> problems() {
        return List.copyOf(new TreeMap<>(state.ioProblems()).values());
    }

    private SourceFile parse(Snapshot snapshot, FileKind kind) {
        FileFormat format = formats.of(kind);
        return new SourceFile(snapshot, kind, format == null ? null : format.parse(snapshot.text()));
    }

    /** Every group of every layout that the path lies in, as a file of its kind now or before. */
    private List<SpecSetGroup> groupsOf(Path path, SourceFile now, SourceFile before) {
        return SpecSetGroup.of(formats.layouts(), path, now == null ? null : now.kind(), before == null ? null : before.kind());
    }

    /** The innermost root the path lies below, or {@code null}. */
    static Path rootOf(List<Path> roots, Path path) {
        Path innermost = null;
        for (Path root : roots) {
            if (path.startsWith(root) && (innermost == null || root.startsWith(innermost))) {
                innermost = root;
            }
        }
        return innermost;
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
        final Map<URI, String> unread = new HashMap<>(base.unread());
        /** Changed files by URI, {@code null} for a removed one. */
        private final Map<URI, SourceFile> changed = new LinkedHashMap<>();
        /** Changed problems and unread files by URI, {@code null} for a cleared one. */
        private final Map<URI, String> changedProblems = new LinkedHashMap<>();
        private final Map<URI, String> changedUnread = new LinkedHashMap<>();
        /** Files read from disk in this edit whose bytes are not all UTF-8. */
        private final Map<URI, Utf8Error> utf8Errors = new HashMap<>();

        Prepared prepared(URI target, ScanSummary summary) {
            return new Prepared(this, target, summary);
        }

        /** Parses the text unless the held file already has this version, kind and text. */
        void put(URI uri, int version, String text, FileKind kind) {
            SourceFile held = files.get(uri);
            if (held != null && held.kind().equals(kind) && held.snapshot().version() == version && held.text().equals(text)) {
                return;
            }
            SourceFile parsed = parse(new Snapshot(uri, version, text, version < 0 ? utf8Errors.get(uri) : null), kind);
            files.put(uri, parsed);
            changed.put(uri, parsed);
        }

        /** Takes a file parsed during a preparation, parsing again only if the classifier changed since. */
        void install(SourceFile parsed, FileClassifier parsedWith) {
            if (parsedWith == classifier) {
                files.put(parsed.uri(), parsed);
                changed.put(parsed.uri(), parsed);
                return;
            }
            Path path = Uris.toPath(parsed.uri());
            String languageId = open.get(parsed.uri());
            FileKind kind = languageId != null ? classifier.classifyBuffer(path, languageId.isEmpty() ? null : languageId, parsed.text())
                    : classifier.classify(path, parsed.text());
            utf8Errors.put(parsed.uri(), parsed.snapshot().utf8Error());
            put(parsed.uri(), parsed.snapshot().version(), parsed.text(), kind);
        }

        void remove(URI uri) {
            if (files.remove(uri) != null) {
                changed.put(uri, null);
            }
        }

        void setProblem(URI uri, String problem) {
            if (problem == null ? ioProblems.remove(uri) != null : !problem.equals(ioProblems.put(uri, problem))) {
                changedProblems.put(uri, problem);
            }
        }

        void setUnread(URI uri, String reason) {
            if (reason == null ? unread.remove(uri) != null : !reason.equals(unread.put(uri, reason))) {
                changedUnread.put(uri, reason);
            }
        }

        /**
         * The file's text, or {@code null} when it is absent or not read. A spec file not read is listed
         * as unread when {@code specFile} (its name makes it one, or the workspace held it, or it was
         * named); for a file that only its content could have made one, a problem is noted instead, and a
         * link to one is skipped silently (READMEs are often linked).
         */
        String readText(Path path, boolean specFile) {
            URI uri = Uris.of(path);
            setProblem(uri, null);
            setUnread(uri, null);
            SafeFileReader.Result result = SafeFileReader.read(path, rootOf(path));
            if (result instanceof SafeFileReader.Read read) {
                if (read.utf8Error() != null) {
                    utf8Errors.put(uri, read.utf8Error());
                }
                return read.text();
            }
            if (result instanceof SafeFileReader.Refused refused) {
                if (specFile) {
                    setUnread(uri, refused.reason());
                } else if (refused.cause() != SafeFileReader.Cause.LINK) {
                    setProblem(uri, "skipped " + path + ": it " + refused.reason());
                }
            }
            return null;
        }

        /**
         * Reads every file below the folder that has a kind and is not left out; open buffers keep precedence.
         * The walk starts at the folder's real path, so a root opened through a link is read, while no link
         * below it is followed: a linked spec file is listed as unread, a linked folder noted as a problem.
         *
         * @param root the workspace root or command-line folder the scan belongs to, which defaults and
         *             editor-setting excludes are relative to
         */
        ScanSummary scan(Path folder, Path root) {
            int[] skipped = new int[2];
            Path walked;
            try {
                walked = folder.toRealPath();
            } catch (IOException | RuntimeException e) {
                setProblem(Uris.of(folder), "could not scan " + folder + ": " + e.getMessage());
                return new ScanSummary(0, 0);
            }
            try {
                Files.walkFileTree(walked, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        Path named = folder.resolve(walked.relativize(dir)).normalize();
                        if (named.equals(folder)) {
                            return FileVisitResult.CONTINUE;
                        }
                        ScanFilter.Reason reason = filter.reason(named, true, root);
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
                        if (!readScanned(folder.resolve(walked.relativize(file)).normalize(), attributes, root)) {
                            skipped[1]++;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        Path named = folder.resolve(walked.relativize(file)).normalize();
                        setProblem(Uris.of(named), "could not read " + named + ": " + e.getMessage());
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                setProblem(Uris.of(folder), "could not scan " + folder + ": " + e.getMessage());
            }
            return new ScanSummary(skipped[0], skipped[1]);
        }

        /** Reads a scanned file that may have a kind; false when the user's excludes or gitignore left it out. */
        private boolean readScanned(Path file, BasicFileAttributes attributes, Path root) {
            URI uri = Uris.of(file);
            if (open.containsKey(uri)) {
                return true;
            }
            boolean specFile = !FileKind.OTHER.equals(classifier.classifyByName(file));
            if (!specFile && !classifier.readsContent(file)) {
                if (attributes.isSymbolicLink() && Files.isDirectory(file) && filter.reason(file, true, root) == ScanFilter.Reason.NONE) {
                    setProblem(uri, "did not follow " + file + ": a link to a folder; specls follows no link inside the workspace");
                }
                return true;
            }
            ScanFilter.Reason reason = filter.reason(file, false, root);
            if (reason != ScanFilter.Reason.NONE) {
                return reason == ScanFilter.Reason.DEFAULT;
            }
            if (!attributes.isRegularFile()) {
                // A link, a pipe or a device: the reader refuses it without opening it, and says why.
                if (specFile) {
                    readText(file, true);
                }
                return true;
            }
            String text = readText(file, specFile);
            FileKind kind = text == null ? FileKind.OTHER : classifier.classify(file, text);
            if (!FileKind.OTHER.equals(kind)) {
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
                if (FileKind.OTHER.equals(kind) || leftOut(path, false)) {
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
            return Workspace.rootOf(roots, path);
        }


        /** Rebuilds the spec sets of the folders that changed and publishes the new state. */
        void commit() {
            Map<SpecSetGroup, List<SourceFile>> specFilesByGroup = new HashMap<>(base.specFilesByGroup());
            Map<SpecSetGroup, List<SpecSet>> specSetsByGroup = new HashMap<>(base.specSetsByGroup());
            Map<URI, SpecSet> specSetsWithoutFolder = new HashMap<>(base.specSetsWithoutFolder());
            Map<URI, SpecSet> specSetByMember = new HashMap<>(base.specSetByMember());
            Map<SpecSetGroup, List<SourceFile>> changedByGroup = new HashMap<>();
            for (Map.Entry<URI, SourceFile> entry : changed.entrySet()) {
                Path path = Uris.toPath(entry.getKey());
                SourceFile file = entry.getValue();
                SpecSetLayout layout = file == null ? null : formats.layoutOf(file.kind());
                if (path == null) {
                    // A buffer with no file (an untitled editor): what it makes stands alone.
                    SpecSet previous = specSetsWithoutFolder.remove(entry.getKey());
                    specSetByMember.remove(entry.getKey());
                    List<SpecSet> alone = layout == null ? List.of()
                            : layout.specSets(null, List.of(file), previous == null ? List.of() : List.of(previous));
                    if (!alone.isEmpty()) {
                        specSetsWithoutFolder.put(entry.getKey(), alone.get(0));
                        specSetByMember.put(entry.getKey(), alone.get(0));
                    }
                    continue;
                }
                // Every group the path lies in is grouped again, so a file that changed kind leaves its old group.
                for (SpecSetGroup group : groupsOf(path, file, base.files().get(entry.getKey()))) {
                    List<SourceFile> inGroup = changedByGroup.computeIfAbsent(group, ignored -> new ArrayList<>());
                    if (group.layout() == layout) {
                        inGroup.add(file);
                    }
                }
            }
            for (Map.Entry<SpecSetGroup, List<SourceFile>> groupChange : changedByGroup.entrySet()) {
                SpecSetGroup group = groupChange.getKey();
                List<SourceFile> members = new ArrayList<>(groupChange.getValue());
                for (SourceFile member : specFilesByGroup.getOrDefault(group, List.of())) {
                    if (!changed.containsKey(member.uri())) {
                        members.add(member);
                    }
                }
                members.sort(BY_PATH);
                List<SpecSet> previousSets = specSetsByGroup.getOrDefault(group, List.of());
                List<SpecSet> sets = members.isEmpty() ? List.of() : group.layout().specSets(group.folder(), members, previousSets);
                previousSets.forEach(set -> set.members().forEach(member -> specSetByMember.remove(member.uri())));
                sets.forEach(set -> set.members().forEach(member -> specSetByMember.put(member.uri(), set)));
                putOrRemove(specFilesByGroup, group, List.copyOf(members));
                putOrRemove(specSetsByGroup, group, List.copyOf(sets));
            }
            List<Path> publishedRoots = List.copyOf(roots);
            Map<URI, SourceFile> publishedFiles = Collections.unmodifiableMap(files);
            Map<SpecSetGroup, List<SpecSet>> publishedSets = Collections.unmodifiableMap(specSetsByGroup);
            Map<URI, SpecSet> publishedWithoutFolder = Collections.unmodifiableMap(specSetsWithoutFolder);
            Map<URI, SpecSet> publishedByMember = Collections.unmodifiableMap(specSetByMember);
            Map<URI, String> publishedUnread = Collections.unmodifiableMap(unread);
            state = new State(settings, publishedRoots, classifier, filter, publishedFiles, Collections.unmodifiableMap(open),
                    Collections.unmodifiableMap(specFilesByGroup), publishedSets, publishedWithoutFolder, publishedByMember,
                    Collections.unmodifiableMap(ioProblems), publishedUnread,
                    new WorkspaceSnapshot(publishedRoots, formats.layouts(), publishedFiles, publishedSets, publishedWithoutFolder,
                            publishedByMember, publishedUnread));
        }

        private static <T> void putOrRemove(Map<SpecSetGroup, List<T>> map, SpecSetGroup group, List<T> values) {
            if (values.isEmpty()) {
                map.remove(group);
            } else {
                map.put(group, values);
            }
        }
    }
}
