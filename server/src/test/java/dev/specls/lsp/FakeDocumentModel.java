package dev.specls.lsp;

import dev.specls.check.Analysis;
import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Rule;
import dev.specls.check.Severity;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.features.FeatureProviders;
import dev.specls.formats.Formats;
import dev.specls.syntax.FileKind;
import dev.specls.text.Snapshot;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.WorkspaceView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * An in-memory stand-in for the workspace: files grouped into spec sets by folder and name, checked
 * by the real {@link Checker} with two tiny rules. Thread-safe like the real one.
 */
final class FakeDocumentModel implements DocumentModel {

    static final String TODO = "TODO";

    /** Reports every TODO in any member of a spec set. */
    static final Rule TODO_RULE = new Rule() {
        @Override
        public String code() {
            return "test/todo";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String summary() {
            return "A TODO is left in the text.";
        }

        @Override
        public void check(SpecSet specSet, FindingSink sink) {
            for (SourceFile member : members(specSet)) {
                for (Span span : todos(member.text())) {
                    sink.report(member.uri(), span, "TODO left in " + member.kind());
                }
            }
        }
    };

    /** Reports at the top of STATE.md, pointing back at the plan, while the plan holds a TODO: a cross-file finding. */
    static final Rule STATE_SEES_PLAN_TODO = new Rule() {
        @Override
        public String code() {
            return "test/plan-unfinished";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }

        @Override
        public String summary() {
            return "The plan of this state file is unfinished.";
        }

        @Override
        public void check(SpecSet specSet, FindingSink sink) {
            if (specSet.plan() == null || specSet.state() == null) {
                return;
            }
            for (Span span : todos(specSet.plan().text())) {
                sink.report(specSet.state().uri(), Span.at(0), "the plan is unfinished",
                        List.of(new Related(specSet.plan().uri(), span, "this TODO")));
            }
        }
    };

    private final Map<URI, Snapshot> files = new ConcurrentHashMap<>();
    private final List<Rule> rules = List.of(TODO_RULE, STATE_SEES_PLAN_TODO);
    private volatile Checker checker = new Checker(rules, Settings.defaults());
    final List<Settings> appliedSettings = new CopyOnWriteArrayList<>();
    final List<Path> addedFolders = new CopyOnWriteArrayList<>();
    private volatile URI failingUri;
    private volatile HeldCheck heldCheck;

    /** A check of {@code version} of a file that waits until the model holds {@code releasedBy}. */
    record HeldCheck(URI uri, int version, int releasedBy, CountDownLatch started, CountDownLatch finished) {
    }

    /** Makes the next check of {@code uri} at {@code version} wait, on a worker, for a newer version. */
    HeldCheck holdCheck(URI uri, int version, int releasedBy) {
        HeldCheck held = new HeldCheck(uri, version, releasedBy, new CountDownLatch(1), new CountDownLatch(1));
        heldCheck = held;
        return held;
    }

    /** Every model call about this file throws, as a bug in the workspace would. */
    void failOn(URI uri) {
        failingUri = uri;
    }

    String text(URI uri) {
        Snapshot snapshot = files.get(uri);
        return snapshot == null ? null : snapshot.text();
    }

    @Override
    public void setSettings(SettingsLookup settings, boolean filesOnDiskChanged) {
        appliedSettings.add(settings.forFolder(null));
        checker = new Checker(rules, settings);
    }

    @Override
    public List<String> configurationProblems() {
        return List.of();
    }

    @Override
    public void addFolder(Path root) {
        addedFolders.add(root);
        try (Stream<Path> paths = Files.list(root)) {
            paths.filter(path -> path.toString().endsWith(".md"))
                    .forEach(path -> files.putIfAbsent(path.toUri(), fromDisk(path.toUri())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void open(URI uri, int version, String languageId, String text) {
        failIfAsked(uri);
        files.put(uri, new Snapshot(uri, version, text));
    }

    @Override
    public void change(URI uri, int version, String text) {
        files.put(uri, new Snapshot(uri, version, text));
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void close(URI uri) {
        if (Files.exists(Path.of(uri))) {
            files.put(uri, fromDisk(uri));
        } else {
            files.remove(uri);
        }
    }

    @Override
    public void diskChanged(URI uri) {
        Snapshot current = files.get(uri);
        if (current == null || current.version() < 0) {
            files.put(uri, fromDisk(uri));
        }
    }

    @Override
    public void diskDeleted(URI uri) {
        Snapshot current = files.get(uri);
        if (current != null && current.version() < 0) {
            files.remove(uri);
        }
    }

    @Override
    public SourceFile file(URI uri) {
        Snapshot snapshot = files.get(uri);
        return snapshot == null ? null : new SourceFile(snapshot, kindOf(uri), null);
    }

    @Override
    public Set<URI> affectedBy(URI changed) {
        SpecSet specSet = specSetOf(changed);
        if (specSet == null) {
            return files.containsKey(changed) ? Set.of(changed) : Set.of();
        }
        Set<URI> members = new LinkedHashSet<>();
        members(specSet).forEach(member -> members.add(member.uri()));
        return members;
    }

    @Override
    public Map<URI, List<Finding>> check(URI changed) {
        SpecSet specSet = specSetOf(changed);
        if (specSet == null) {
            return files.containsKey(changed) ? Map.of(changed, List.of()) : Map.of();
        }
        HeldCheck held = heldCheck;
        boolean holding = held != null && held.uri().equals(changed) && file(changed).snapshot().version() == held.version();
        if (holding) {
            heldCheck = null;
            held.started().countDown();
            awaitVersion(changed, held.releasedBy());
        }
        try {
            // The spec set was taken before waiting: this is a slow check of the old text.
            return checker.check(specSet);
        } finally {
            if (holding) {
                held.finished().countDown();
            }
        }
    }

    @Override
    public Map<URI, List<Finding>> checkAll() {
        Map<URI, List<Finding>> all = new LinkedHashMap<>();
        for (URI uri : files.keySet()) {
            if (!all.containsKey(uri)) {
                all.putAll(check(uri));
            }
        }
        return all;
    }

    @Override
    public WorkspaceView view() {
        FakeDocumentModel model = this;
        return new WorkspaceView() {
            @Override
            public SourceFile file(URI uri) {
                return model.file(uri);
            }

            @Override
            public Collection<SourceFile> files() {
                return model.files.keySet().stream().map(model::file).toList();
            }

            @Override
            public SpecSet specSetOf(URI uri) {
                return model.specSetOf(uri);
            }

            @Override
            public Collection<SpecSet> specSets() {
                return model.files.keySet().stream().map(model::specSetOf).filter(Objects::nonNull).distinct().toList();
            }

            @Override
            public Map<URI, String> unreadFiles() {
                return Map.of();
            }

            @Override
            public boolean mayEdit(URI uri) {
                return true;
            }
        };
    }

    @Override
    public Analysis analysis() {
        return Analysis.of(view(), checker);
    }

    @Override
    public FeatureProviders features() {
        return Formats.BUILT_IN;
    }

    private SpecSet specSetOf(URI uri) {
        failIfAsked(uri);
        if (!files.containsKey(uri) || kindOf(uri) == FileKind.OTHER) {
            return null;
        }
        Path folder = Path.of(uri).getParent();
        return new SpecSet(folder, file(folder.resolve("PLAN.md").toUri()), file(folder.resolve("REQUIREMENTS.md").toUri()),
                file(folder.resolve("STATE.md").toUri()));
    }

    private void awaitVersion(URI uri, int version) {
        synchronized (this) {
            while (files.get(uri).version() < version) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void failIfAsked(URI uri) {
        if (uri.equals(failingUri)) {
            throw new IllegalStateException("model failure injected for " + uri);
        }
    }

    private static Snapshot fromDisk(URI uri) {
        try {
            return new Snapshot(uri, -1, Files.readString(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileKind kindOf(URI uri) {
        String name = Path.of(uri).getFileName().toString();
        return switch (name) {
            case "PLAN.md" -> FileKind.PLAN;
            case "REQUIREMENTS.md" -> FileKind.REQUIREMENTS;
            case "STATE.md" -> FileKind.STATE;
            default -> FileKind.OTHER;
        };
    }

    private static List<SourceFile> members(SpecSet specSet) {
        return Stream.of(specSet.plan(), specSet.requirements(), specSet.state()).filter(member -> member != null).toList();
    }

    private static List<Span> todos(String text) {
        List<Span> spans = new ArrayList<>();
        for (int at = text.indexOf(TODO); at >= 0; at = text.indexOf(TODO, at + 1)) {
            spans.add(new Span(at, at + TODO.length()));
        }
        return spans;
    }
}
