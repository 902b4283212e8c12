package dev.specls.check;

import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.WorkspaceView;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * One snapshot of the workspace with its findings: what the language server (per request and per
 * diagnostics run) and the command line (per run) read. A spec set's findings are computed once and
 * kept in the {@link FindingsCache} as long as the spec set lives, so a diagnostics run, a code action
 * and the next run over an unchanged spec set share them; the workspace rules run at most once per
 * analysis.
 */
public final class Analysis {

    /**
     * Findings by spec set, for one checker (one set of settings). A spec set that keeps all its member
     * versions is the same instance in every later snapshot, so the cache holds it by identity and lets
     * it go when no snapshot holds it any more. Thread-safe.
     */
    public static final class FindingsCache {
        private final Map<SpecSet, Map<URI, List<Finding>>> bySpecSet = Collections.synchronizedMap(new WeakHashMap<>());

        Map<URI, List<Finding>> computeIfAbsent(SpecSet specSet, Function<SpecSet, Map<URI, List<Finding>>> check) {
            Map<URI, List<Finding>> held = bySpecSet.get(specSet);
            if (held == null) {
                // Computed outside the lock: two requests may both check a new spec set, but neither waits on the other.
                held = Collections.unmodifiableMap(check.apply(specSet));
                bySpecSet.put(specSet, held);
            }
            return held;
        }
    }

    private final WorkspaceView snapshot;
    private final Checker checker;
    private final FindingsCache cache;
    private volatile Map<URI, List<Finding>> workspaceFindings;

    /** @param snapshot an immutable view of the workspace; {@code cache} belongs to {@code checker} */
    public Analysis(WorkspaceView snapshot, Checker checker, FindingsCache cache) {
        this.snapshot = snapshot;
        this.checker = checker;
        this.cache = cache;
    }

    /** An analysis that shares its findings with no other. */
    public static Analysis of(WorkspaceView snapshot, Checker checker) {
        return new Analysis(snapshot, checker, new FindingsCache());
    }

    public WorkspaceView snapshot() {
        return snapshot;
    }

    public Checker checker() {
        return checker;
    }

    /** The findings of every member of the spec set, each sorted by position; a clean member maps to an empty list. */
    public Map<URI, List<Finding>> findings(SpecSet specSet) {
        return cache.computeIfAbsent(specSet, checker::check);
    }

    /** The findings of the workspace rules, by file; files without findings are left out. */
    public Map<URI, List<Finding>> workspaceFindings() {
        Map<URI, List<Finding>> found = workspaceFindings;
        if (found == null) {
            found = Collections.unmodifiableMap(checker.checkWorkspace(snapshot));
            workspaceFindings = found;
        }
        return found;
    }

    /**
     * The findings of each of these files: its spec set's findings for it, or the workspace rules' when
     * they have any; a clean file, or one that left the workspace, maps to an empty list.
     */
    public Map<URI, List<Finding>> findingsOf(Set<URI> files) {
        Map<URI, List<Finding>> findings = new LinkedHashMap<>();
        Set<SpecSet> checked = new LinkedHashSet<>();
        for (URI uri : files) {
            SpecSet specSet = snapshot.specSetOf(uri);
            if (specSet != null && checked.add(specSet)) {
                findings.putAll(findings(specSet));
            }
        }
        Map<URI, List<Finding>> ofWorkspace = workspaceFindings();
        files.forEach(uri -> {
            if (ofWorkspace.containsKey(uri)) {
                findings.put(uri, ofWorkspace.get(uri));
            }
        });
        files.forEach(uri -> findings.putIfAbsent(uri, List.of()));
        return findings;
    }

    /** Every file's findings: every spec set's and the workspace rules'; every file the snapshot holds is listed. */
    public Map<URI, List<Finding>> allFindings() {
        Map<URI, List<Finding>> findings = new LinkedHashMap<>();
        for (SpecSet specSet : snapshot.specSets()) {
            findings.putAll(findings(specSet));
        }
        findings.putAll(workspaceFindings());
        for (SourceFile file : snapshot.files()) {
            findings.putIfAbsent(file.uri(), List.of());
        }
        return findings;
    }
}
