package dev.specls.workspace;

import dev.specls.text.SafeFileReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workspace at one moment: every file at one version and the spec sets made of them. Immutable,
 * so one request or one diagnostics run that reads only its snapshot never sees a file at one version
 * and its spec set at another. {@link Workspace#snapshot()} hands out the current one.
 */
public final class WorkspaceSnapshot implements WorkspaceView {

    static final WorkspaceSnapshot EMPTY = new WorkspaceSnapshot(List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private final List<Path> roots;
    private final List<SpecSetLayout> layouts;
    private final Map<URI, SourceFile> files;
    private final Map<SpecSetGroup, List<SpecSet>> specSetsByGroup;
    private final Map<URI, SpecSet> specSetsWithoutFolder;
    private final Map<URI, SpecSet> specSetByMember;
    private final Map<URI, String> unread;
    private final Lazy<List<SpecSet>> specSets = new Lazy<>(this::orderSpecSets);

    WorkspaceSnapshot(List<Path> roots, List<SpecSetLayout> layouts, Map<URI, SourceFile> files, Map<SpecSetGroup, List<SpecSet>> specSetsByGroup,
            Map<URI, SpecSet> specSetsWithoutFolder, Map<URI, SpecSet> specSetByMember, Map<URI, String> unread) {
        this.roots = roots;
        this.layouts = layouts;
        this.files = files;
        this.specSetsByGroup = specSetsByGroup;
        this.specSetsWithoutFolder = specSetsWithoutFolder;
        this.specSetByMember = specSetByMember;
        this.unread = unread;
    }

    @Override
    public SourceFile file(URI uri) {
        // The keys are normalised: a URI equal to one needs no normalising, which costs more than the lookup.
        SourceFile file = files.get(uri);
        return file != null ? file : files.get(Uris.normalize(uri));
    }

    @Override
    public Collection<SourceFile> files() {
        return Collections.unmodifiableCollection(files.values());
    }

    /** The spec files on disk that were not read, with why (completing "it …"): links, special files, oversized or unreadable ones. */
    @Override
    public Map<URI, String> unreadFiles() {
        return unread;
    }

    /**
     * True when an edit of this file would change the file the workspace shows, not one elsewhere: the
     * same test as for reading, so no edit writes through a link. Buffers without a file are editable.
     */
    @Override
    public boolean mayEdit(URI uri) {
        Path path = Uris.toPath(Uris.normalize(uri));
        return path == null || SafeFileReader.reachesDirectly(path, Workspace.rootOf(roots, path));
    }

    /** The spec set the file belongs to, or {@code null} for a file of no spec set. */
    @Override
    public SpecSet specSetOf(URI uri) {
        SpecSet specSet = specSetByMember.get(uri);
        return specSet != null ? specSet : specSetByMember.get(Uris.normalize(uri));
    }

    /** Every spec set, by folder (in the order of the layouts for one folder), the folder's primary spec set first. */
    @Override
    public Collection<SpecSet> specSets() {
        return specSets.get();
    }

    /**
     * The files whose findings may change when this one changes: itself and every member of the spec
     * sets of every group its path lies in (its folder, its tree). The group, not just the file's current
     * spec set, so that deleting or renaming PLAN.md still re-publishes the STATE.md beside it. A layout
     * may name fewer members of a spec set ({@link SpecSetLayout#affectedMembers}).
     */
    public Set<URI> affectedBy(URI changed) {
        URI normalized = Uris.normalize(changed);
        Set<URI> affected = new LinkedHashSet<>();
        affected.add(normalized);
        Path path = Uris.toPath(normalized);
        if (path != null) {
            SourceFile file = files.get(normalized);
            for (SpecSetGroup group : SpecSetGroup.of(layouts, path, file == null ? null : file.kind())) {
                for (SpecSet specSet : specSetsByGroup.getOrDefault(group, List.of())) {
                    group.layout().affectedMembers(specSet, normalized).forEach(member -> affected.add(member.uri()));
                }
            }
        }
        return Collections.unmodifiableSet(affected);
    }

    private List<SpecSet> orderSpecSets() {
        List<SpecSet> all = new ArrayList<>();
        specSetsByGroup.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(SpecSetGroup::folder)
                        .thenComparingInt(group -> layouts.indexOf(group.layout()))))
                .forEach(entry -> all.addAll(entry.getValue()));
        specSetsWithoutFolder.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> all.add(entry.getValue()));
        return Collections.unmodifiableList(all);
    }
}
