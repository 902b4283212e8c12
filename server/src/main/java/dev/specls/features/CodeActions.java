package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Quick fixes attached to diagnostics, and source actions on the plan. */
public final class CodeActions {

    public static final List<String> KINDS = List.of("quickfix", "source");

    private CodeActions() {
    }

    public static List<Either<Command, CodeAction>> actions(FeatureContext context, URI uri, Range range, CodeActionContext actionContext) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
