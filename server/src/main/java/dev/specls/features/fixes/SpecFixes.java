package dev.specls.features.fixes;

import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.text.Span;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;

/** What the quick fixes of the spec formats share: the tree of the finding's spec set and the item a finding sits on. */
final class SpecFixes {

    private SpecFixes() {
    }

    /** The notice of this kind the finding was made from, at the finding's span, or {@code null}. */
    static SpecNotice notice(SpecFile file, NoticeKind kind, Span span) {
        for (SpecNotice notice : file.document().notices()) {
            if (notice.kind() == kind && notice.span().equals(span)) {
                return notice;
            }
        }
        return null;
    }

    /** The span's whole line with its line break, and the blank line after it when there is one: what deleting a heading removes. */
    static Span withBlankLineAfter(String text, Span span) {
        int start = span.start();
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int end = afterLineBreak(text, span.end());
        int blank = end;
        while (blank < text.length() && (text.charAt(blank) == ' ' || text.charAt(blank) == '\t')) {
            blank++;
        }
        if (blank < text.length() && (text.charAt(blank) == '\n' || text.charAt(blank) == '\r')) {
            end = afterLineBreak(text, blank);
        }
        return new Span(start, end);
    }

    private static int afterLineBreak(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            at++;
        }
        if (text.startsWith("\r\n", at)) {
            return at + 2;
        }
        return at < text.length() ? at + 1 : at;
    }

    static SpecTree tree(QuickFix.Input input) {
        return SpecTrees.of(input.specSet());
    }

    /** The dependency written where the finding sits, in the finding's file, or {@code null}. */
    static Located dependencyAt(SpecTree tree, QuickFix.Input input) {
        for (Located located : tree.refs()) {
            if (located.ref().kind() == RefKind.DEPENDS_ON && located.file().uri().equals(input.file().uri())
                    && located.ref().span().equals(input.finding().span())) {
                return located;
            }
        }
        return null;
    }

    /** The item of the finding's file whose declaration holds the finding, the innermost one; {@code null} when none does. */
    static Declared itemAt(SpecTree tree, QuickFix.Input input, Span span) {
        SpecFile file = tree == null ? null : tree.file(input.file().uri());
        if (file == null) {
            return null;
        }
        SpecItem found = null;
        for (SpecItem item : file.document().items()) {
            if (item.span().contains(span) && (found == null || found.span().contains(item.span()))) {
                found = item;
            }
        }
        return found == null ? null : tree.declarationOf(found);
    }
}
