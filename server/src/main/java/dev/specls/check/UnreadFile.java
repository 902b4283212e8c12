package dev.specls.check;

import dev.specls.text.Span;
import dev.specls.workspace.WorkspaceView;

/** {@code workspace/unread-file}: a spec file specls did not read, and why, so that nothing is silently missing from a check. */
public final class UnreadFile implements WorkspaceRule {

    @Override
    public String code() {
        return "workspace/unread-file";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A spec file specls did not read: a symbolic link, a named pipe or device, a file over 64 MB, or one that could not be read.";
    }

    @Override
    public void check(WorkspaceView workspace, FindingSink sink) {
        workspace.unreadFiles().forEach((uri, reason) -> sink.report(uri, Span.EMPTY,
                "specls did not read this file, so nothing in it is checked: it " + reason + "."));
    }
}
