package dev.specls.features;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;

/**
 * Formats a plan's XML block: indentation and canonical child order, never content or ids. The Markdown
 * around the block is never touched, and a plan sago cannot read (broken XML, no block) gets no edits.
 * See {@link PlanLayout} for what moves and what never does. A file reached through a symbolic link is
 * never formatted: the edit would be written through the link.
 */
public final class Formatting {

    /** sago's template indents by four spaces. */
    static final int DEFAULT_TAB_SIZE = 4;
    private static final int MAX_TAB_SIZE = 16;

    private Formatting() {
    }

    public static List<TextEdit> format(FeatureContext context, URI uri, FormattingOptions options) {
        SourceFile file = context.workspace().file(uri);
        if (file == null || file.plan() == null || !context.workspace().mayEdit(file.uri())) {
            return List.of();
        }
        PlanDocument plan = file.plan();
        String laidOut = PlanLayout.layOut(file.text(), plan, indentUnit(options), context.cancellation());
        if (laidOut == null) {
            return List.of();
        }
        Span content = plan.block().contentSpan();
        String before = file.text().substring(content.start(), content.end());
        return TextEdits.between(file, content.start(), before, laidOut, context.encoding());
    }

    /** A tab when the client asks for tabs, else {@code tabSize} spaces (four without options). */
    static String indentUnit(FormattingOptions options) {
        if (options == null) {
            return " ".repeat(DEFAULT_TAB_SIZE);
        }
        if (!options.isInsertSpaces()) {
            return "\t";
        }
        int size = options.getTabSize();
        return " ".repeat(size <= 0 ? DEFAULT_TAB_SIZE : Math.min(size, MAX_TAB_SIZE));
    }
}
