package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.text.Span;
import dev.specls.text.Utf8Error;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;

/**
 * A plan file whose bytes are not all UTF-8. sago reads it with {@code read_text(encoding="utf-8")}, whose
 * strict decoder raises UnicodeDecodeError: sago crashes before it parses anything. specls reads it leniently,
 * so the editor still works, and points at the first bad bytes. Only a file read from disk can tell: an
 * editor sends its buffer already decoded.
 */
final class InvalidUtf8 extends AbstractRule {

    InvalidUtf8() {
        super("plan/invalid-utf8", Severity.ERROR,
                "The plan file is not valid UTF-8, so sago crashes reading it (UnicodeDecodeError) before it runs any task.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.plan();
        Utf8Error error = file == null ? null : file.snapshot().utf8Error();
        if (error == null) {
            return;
        }
        int at = Math.min(error.offset(), file.text().length());
        sink.report(file.uri(), StructureSpans.nonEmpty(file.text(), new Span(at, Math.min(at + 1, file.text().length()))),
                "The file is not UTF-8 here (byte " + error.bytes() + " at byte offset " + error.position() + "): sago reads it with Python's "
                        + "strict UTF-8 decoder, which raises UnicodeDecodeError, so sago crashes before it reads any task. Save the file as UTF-8"
                        + (error.bytes().length() == 2 ? " (a single byte like this one is usually Latin-1 or Windows-1252 text)." : "."));
    }
}
