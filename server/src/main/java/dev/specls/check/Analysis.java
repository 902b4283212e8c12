package dev.specls.check;

import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.WorkspaceView;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

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
     * it go when no snapshot holds it any more. A new version of a spec set's plan is checked from the last
     * check of the spec set of that plan, replaying what the edit cannot have changed ({@link PlanEdit}), so
     * a keystroke costs the rules it can affect. Thread-safe.
     */
    public static final class FindingsCache {
        private final Map<SpecSet, Map<URI, List<Finding>>> bySpecSet = Collections.synchronizedMap(new WeakHashMap<>());
        /** The last check of each plan's spec set, which the next version replays from: one per plan file and folder. */
        private final Map<Lineage, Checked> latest = new HashMap<>();

        /** A spec set through its versions: the folder it is grouped under and its plan file. */
        private record Lineage(Path folder, URI plan) {
        }

        Map<URI, List<Finding>> computeIfAbsent(SpecSet specSet, Checker checker) {
            Map<URI, List<Finding>> held = bySpecSet.get(specSet);
            if (held == null) {
                // Computed outside the lock: two requests may both check a new spec set, but neither waits on the other.
                Lineage lineage = specSet.plan() == null ? null : new Lineage(specSet.folder(), specSet.plan().uri());
                Checked checked = checker.check(specSet, lineage == null ? null : previous(lineage));
                held = Collections.unmodifiableMap(checked.findings());
                bySpecSet.put(specSet, held);
                if (lineage != null) {
                    synchronized (latest) {
                        latest.put(lineage, checked);
                    }
                }
            }
            return held;
        }

        private Checked previous(Lineage lineage) {
            synchronized (latest) {
                return latest.get(lineage);
            }
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
        return cache.computeIfAbsent(specSet, checker);
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
