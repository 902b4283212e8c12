package dev.specls.features;

import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/**
 * Small edits that turn one piece of a file into another: the unchanged start and end are left alone, and
 * when the changed middle has as many lines before as after (re-indenting, reordering lines of one length)
 * each changed line gets its own edit trimmed to what differs. Editors then keep cursors, marks and folds
 * on the lines that did not change. Linear in the length of the text.
 */
final class TextEdits {

    private TextEdits() {
    }

    /** Edits that replace {@code before}, found at {@code offset} in the file, with {@code after}; empty when equal. */
    static List<TextEdit> between(SourceFile file, int offset, String before, String after, PositionEncoding encoding) {
        List<TextEdit> edits = new ArrayList<>();
        if (before.equals(after)) {
            return edits;
        }
        int prefix = commonPrefix(before, 0, before.length(), after, 0, after.length());
        int suffix = commonSuffix(before, prefix, before.length(), after, prefix, after.length());
        int lineStart = before.lastIndexOf('\n', prefix - 1) + 1;
        String tail = before.substring(before.length() - suffix);
        int breakInTail = tail.indexOf('\n');
        int oldEnd = breakInTail < 0 ? before.length() : before.length() - suffix + breakInTail;
        int newEnd = breakInTail < 0 ? after.length() : after.length() - suffix + breakInTail;
        String[] oldLines = before.substring(lineStart, oldEnd).split("\n", -1);
        String[] newLines = after.substring(lineStart, newEnd).split("\n", -1);
        if (oldLines.length != newLines.length) {
            edits.add(edit(file, offset + prefix, offset + before.length() - suffix, after.substring(prefix, after.length() - suffix), encoding));
            return edits;
        }
        int at = offset + lineStart;
        for (int i = 0; i < oldLines.length; i++) {
            String oldLine = oldLines[i];
            String newLine = newLines[i];
            if (!oldLine.equals(newLine)) {
                int start = commonPrefix(oldLine, 0, oldLine.length(), newLine, 0, newLine.length());
                int end = commonSuffix(oldLine, start, oldLine.length(), newLine, start, newLine.length());
                edits.add(edit(file, at + start, at + oldLine.length() - end, newLine.substring(start, newLine.length() - end), encoding));
            }
            at += oldLine.length() + 1;
        }
        return edits;
    }

    /** Applies edits made by {@link #between} (ascending, not overlapping) to a text; for tests and checks. */
    static TextEdit edit(SourceFile file, int start, int end, String newText, PositionEncoding encoding) {
        return new TextEdit(Positions.range(file, new Span(start, end), encoding), newText);
    }

    /** Never ends between the two halves of a surrogate pair, so every position exists in every encoding. */
    private static int commonPrefix(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        int n = 0;
        while (aFrom + n < aTo && bFrom + n < bTo && a.charAt(aFrom + n) == b.charAt(bFrom + n)) {
            n++;
        }
        if (n > 0 && Character.isHighSurrogate(a.charAt(aFrom + n - 1))) {
            n--;
        }
        return n;
    }

    private static int commonSuffix(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        int n = 0;
        while (aTo - n > aFrom && bTo - n > bFrom && a.charAt(aTo - n - 1) == b.charAt(bTo - n - 1)) {
            n++;
        }
        if (n > 0 && Character.isLowSurrogate(a.charAt(aTo - n))) {
            n--;
        }
        return n;
    }
}
