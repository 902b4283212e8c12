package dev.specls.lsp;

import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies {@code textDocument/didChange} content changes, in order, to a document's text. */
final class ContentChanges {

    private ContentChanges() {
    }

    static String apply(String text, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        return apply(text, null, changes, encoding);
    }

    /**
     * @param textIndex the line index of {@code text} when the caller has it (the snapshot keeps one), or
     *                  {@code null}; it serves the first change, so a single keystroke indexes no text here
     */
    static String apply(String text, LineIndex textIndex, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        String result = text;
        LineIndex known = textIndex;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                result = change.getText();
                known = null;
                continue;
            }
            // Each range refers to the text as the previous change left it, so index it afresh.
            LineIndex index = known != null ? known : LineIndex.of(result);
            known = null;
            int start = index.offset(lineColumn(change.getRange().getStart()), encoding);
            int end = Math.max(start, index.offset(lineColumn(change.getRange().getEnd()), encoding));
            // One copy into a builder of the exact size: two substrings and a concatenation copied a
            // large plan three times per keystroke.
            String inserted = change.getText();
            result = new StringBuilder(start + inserted.length() + result.length() - end)
                    .append(result, 0, start).append(inserted).append(result, end, result.length()).toString();
        }
        return result;
    }

    private static LineColumn lineColumn(Position position) {
        return new LineColumn(position.getLine(), position.getCharacter());
    }
}
