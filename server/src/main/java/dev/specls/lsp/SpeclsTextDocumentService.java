package dev.specls.lsp;

import java.net.URI;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Document synchronisation; the work happens in order on the document thread of {@link DocumentSync}. */
final class SpeclsTextDocumentService implements TextDocumentService {

    private final DocumentSync sync;

    SpeclsTextDocumentService(DocumentSync sync) {
        this.sync = sync;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        sync.opened(URI.create(params.getTextDocument().getUri()), params.getTextDocument().getVersion(),
                params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        sync.changed(URI.create(params.getTextDocument().getUri()), params.getTextDocument().getVersion(),
                params.getContentChanges());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        sync.closed(URI.create(params.getTextDocument().getUri()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        sync.saved(URI.create(params.getTextDocument().getUri()));
    }
}
