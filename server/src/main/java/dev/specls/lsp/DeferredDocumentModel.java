package dev.specls.lsp;

import dev.specls.check.Analysis;
import dev.specls.check.Finding;
import dev.specls.config.SettingsLookup;
import dev.specls.features.FeatureProviders;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.WorkspaceView;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A document model built on first use. Building the real one builds every format's rules (tens of
 * milliseconds); the editor waits for the {@code initialize} answer, which needs none of them, so the
 * server starts with this one and the first thing that reads the workspace, on any thread, builds it.
 */
final class DeferredDocumentModel implements DocumentModel {

    private final Supplier<DocumentModel> build;
    private volatile DocumentModel model;

    DeferredDocumentModel(Supplier<DocumentModel> build) {
        this.build = build;
    }

    private DocumentModel model() {
        DocumentModel built = model;
        if (built == null) {
            synchronized (this) {
                built = model;
                if (built == null) {
                    built = build.get();
                    model = built;
                }
            }
        }
        return built;
    }

    @Override
    public Mutation prepareOpen(URI uri, int version, String languageId, String text) {
        return model().prepareOpen(uri, version, languageId, text);
    }

    @Override
    public Mutation prepareChange(URI uri, int version, String text) {
        return model().prepareChange(uri, version, text);
    }

    @Override
    public Mutation prepareClose(URI uri) {
        return model().prepareClose(uri);
    }

    @Override
    public Mutation prepareDiskChanged(URI uri) {
        return model().prepareDiskChanged(uri);
    }

    @Override
    public Mutation prepareDiskDeleted(URI uri) {
        return model().prepareDiskDeleted(uri);
    }

    @Override
    public Mutation prepareAddFolder(Path root) {
        return model().prepareAddFolder(root);
    }

    @Override
    public WorkspaceView view() {
        return model().view();
    }

    @Override
    public Analysis analysis() {
        return model().analysis();
    }

    @Override
    public FeatureProviders features() {
        return model().features();
    }

    @Override
    public void setSettings(SettingsLookup settings, boolean filesOnDiskChanged) {
        model().setSettings(settings, filesOnDiskChanged);
    }

    @Override
    public List<String> configurationProblems() {
        return model().configurationProblems();
    }

    @Override
    public void addFolder(Path root) {
        model().addFolder(root);
    }

    @Override
    public void open(URI uri, int version, String languageId, String text) {
        model().open(uri, version, languageId, text);
    }

    @Override
    public void change(URI uri, int version, String text) {
        model().change(uri, version, text);
    }

    @Override
    public void close(URI uri) {
        model().close(uri);
    }

    @Override
    public void diskChanged(URI uri) {
        model().diskChanged(uri);
    }

    @Override
    public void diskDeleted(URI uri) {
        model().diskDeleted(uri);
    }

    @Override
    public Collection<String> diskProblems() {
        return model().diskProblems();
    }

    @Override
    public SourceFile file(URI uri) {
        return model().file(uri);
    }

    @Override
    public Set<URI> affectedBy(URI changed) {
        return model().affectedBy(changed);
    }

    @Override
    public Map<URI, List<Finding>> check(URI changed) {
        return model().check(changed);
    }

    @Override
    public Map<URI, List<Finding>> checkAll() {
        return model().checkAll();
    }
}
