package dev.specls.lsp;

import dev.specls.check.Analysis;
import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.features.FeatureProviders;
import dev.specls.formats.Formats;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Workspace;
import dev.specls.workspace.WorkspaceSnapshot;
import dev.specls.workspace.WorkspaceView;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The document model of a real editor session: the {@link Workspace}, checked by a {@link Checker}. */
public final class WorkspaceDocumentModel implements DocumentModel {

    private final Workspace workspace;
    private final Formats formats;
    /** The checker under the current settings with the findings it made: new settings start an empty cache. */
    private volatile Checking checking;

    private record Checking(Checker checker, Analysis.FindingsCache findings) {
    }
    /** Problems already told, so that the editor's settings, laid over every file, are told once. Document thread only. */
    private final Set<String> told = new HashSet<>();

    /** @param formats the table the workspace reads files by, whose rules check them and whose features serve them */
    public WorkspaceDocumentModel(Workspace workspace, Formats formats) {
        this.workspace = workspace;
        this.formats = formats;
        this.checking = new Checking(formats.newChecker(workspace.settings()), new Analysis.FindingsCache());
    }

    @Override
    public WorkspaceView view() {
        return workspace.snapshot();
    }

    @Override
    public Analysis analysis() {
        return analysisOf(workspace.snapshot());
    }

    private Analysis analysisOf(WorkspaceSnapshot snapshot) {
        Checking current = checking;
        return new Analysis(snapshot, current.checker(), current.findings());
    }

    @Override
    public FeatureProviders features() {
        return formats;
    }

    @Override
    public void setSettings(SettingsLookup settings, boolean filesOnDiskChanged) {
        checking = new Checking(formats.newChecker(settings), new Analysis.FindingsCache());
        told.clear();
        workspace.setSettings(settings, filesOnDiskChanged);
    }

    @Override
    public List<String> configurationProblems() {
        Checker current = checking.checker();
        List<String> problems = new ArrayList<>();
        for (Settings read : workspace.settings().takeNewlyRead()) {
            List<String> all = new ArrayList<>(read.problems());
            String source = read.source() == null ? "settings" : read.source().toString();
            current.problems(read).forEach(problem -> all.add(source + ": " + problem));
            all.stream().filter(told::add).forEach(problems::add);
        }
        return problems;
    }

    @Override
    public Mutation prepareOpen(URI uri, int version, String languageId, String text) {
        Workspace.Prepared prepared = workspace.prepareOpen(uri, version, languageId, text);
        return () -> workspace.apply(prepared);
    }

    @Override
    public Mutation prepareChange(URI uri, int version, String text) {
        Workspace.Prepared prepared = workspace.prepareChange(uri, version, text);
        return () -> workspace.apply(prepared);
    }

    @Override
    public Mutation prepareClose(URI uri) {
        Workspace.Prepared prepared = workspace.prepareClose(uri);
        return () -> workspace.apply(prepared);
    }

    @Override
    public Mutation prepareDiskChanged(URI uri) {
        Workspace.Prepared prepared = workspace.prepareDiskChanged(uri);
        return () -> workspace.apply(prepared);
    }

    @Override
    public Mutation prepareAddFolder(Path root) {
        Workspace.Prepared prepared = workspace.prepareAddFolder(root);
        return () -> workspace.apply(prepared);
    }

    @Override
    public void addFolder(Path root) {
        workspace.addFolder(root);
    }

    @Override
    public void open(URI uri, int version, String languageId, String text) {
        workspace.open(uri, version, languageId, text);
    }

    @Override
    public void change(URI uri, int version, String text) {
        workspace.change(uri, version, text);
    }

    @Override
    public void close(URI uri) {
        workspace.close(uri);
    }

    @Override
    public void diskChanged(URI uri) {
        workspace.diskChanged(uri);
    }

    @Override
    public void diskDeleted(URI uri) {
        workspace.diskDeleted(uri);
    }

    @Override
    public Collection<String> diskProblems() {
        return workspace.problems();
    }

    @Override
    public SourceFile file(URI uri) {
        return workspace.file(uri);
    }

    @Override
    public Set<URI> affectedBy(URI changed) {
        return workspace.affectedBy(changed);
    }

    /** Checks every spec set the change can affect, in one snapshot: a folder may hold several, and a file may have just left one. */
    @Override
    public Map<URI, List<Finding>> check(URI changed) {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        return analysisOf(snapshot).findingsOf(snapshot.affectedBy(changed));
    }

    @Override
    public Map<URI, List<Finding>> checkAll() {
        return analysis().allFindings();
    }
}
