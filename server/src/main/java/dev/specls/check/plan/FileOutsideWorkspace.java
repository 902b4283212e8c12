package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.FileLine;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;
import java.util.regex.Pattern;

/** A {@code <files>} path that points outside the project folder, the folder of the plan. */
final class FileOutsideWorkspace extends ReadableTaskRule {

    /** {@code ~}, {@code ~/…} or {@code ~user/…}; not a file that merely starts with a tilde. */
    private static final Pattern HOME = Pattern.compile("~[\\w.-]*(?:[/\\\\].*)?");

    FileOutsideWorkspace() {
        super("plan/file-outside-workspace", Severity.ERROR,
                "A <files> path is absolute or climbs out of the plan's folder with .., so the agent would change files outside the project.");
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        for (Ref ref : task.files()) {
            FileLine line = FileLine.of(ref);
            String path = line.path();
            String where = isAbsolute(path) ? "an absolute path" : climbsOut(path) ? "a path whose .. leads out of the project folder" : null;
            if (where != null) {
                sink.report(specSet.planUri(), line.pathSpan(), StructureLabels.task(task) + " lists \"" + path + "\", " + where
                        + ": the coding agent would change a file outside this project, beyond its review and version control, "
                        + "and the plan works only on this machine. Use a path relative to the folder of the plan.");
            }
        }
    }

    /** {@code /…}, {@code \…}, a home folder {@code ~/…} or a Windows drive {@code C:\…}, {@code C:/…}. */
    private static boolean isAbsolute(String path) {
        if (path.startsWith("/") || path.startsWith("\\") || (path.startsWith("~") && HOME.matcher(path).matches())) {
            return true;
        }
        return path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':' && (path.charAt(2) == '\\' || path.charAt(2) == '/');
    }

    /** True when, at some point, more {@code ..} segments than folders lead above the starting folder. */
    private static boolean climbsOut(String path) {
        if (!path.contains("..")) {
            // Most paths hold no `..`: no need to walk their segments.
            return false;
        }
        int depth = 0;
        int segmentStart = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i < path.length() && path.charAt(i) != '/' && path.charAt(i) != '\\') {
                continue;
            }
            int length = i - segmentStart;
            if (length == 2 && path.startsWith("..", segmentStart)) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (length > 0 && !(length == 1 && path.charAt(segmentStart) == '.')) {
                depth++;
            }
            segmentStart = i + 1;
        }
        return false;
    }
}
