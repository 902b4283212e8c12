package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import dev.specls.workspace.SpecSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A verify command that exits 0 whatever happened, so it verifies nothing. */
final class VerifyCannotFail extends VerifyRule {

    /** Commands that succeed on their own: {@code true}, {@code :}, {@code exit 0}. */
    private static final Pattern ALWAYS_SUCCEEDS = Pattern.compile("true|:|exit\\s+0");
    /** A lone {@code echo}: nothing chained, piped or run in the background after it. */
    private static final Pattern LONE_ECHO = Pattern.compile("echo(\\s[^;|&\\n]*)?");
    /** A tail that swallows the exit status of whatever came before. */
    private static final Pattern SWALLOWING_TAIL = Pattern.compile("(\\|\\|\\s*(true|exit\\s+0|:)|;\\s*(true|exit\\s+0))\\s*$");

    VerifyCannotFail() {
        super("plan/verify-cannot-fail", Severity.WARNING,
                "A verify command always exits 0, so the task is marked done whether or not its work is.");
    }

    @Override
    void check(SpecSet specSet, Task task, VerifyCommand verify, FindingSink sink) {
        String command = verify.text();
        if (!mayAlwaysSucceed(command)) {
            return;
        }
        String label = DependencySpans.label(task);
        String consequence = ", so it always exits 0: the task will be marked done whether or not its work is.";
        Matcher tail = SWALLOWING_TAIL.matcher(command);
        if (ALWAYS_SUCCEEDS.matcher(command).matches() || LONE_ECHO.matcher(command).matches()) {
            sink.report(specSet.planUri(), verify.span(), "The verify of task " + label + " is \"" + command + "\"" + consequence
                    + " Replace it with a command that fails when the work of " + label + " is missing or broken, such as a test run "
                    + "or an import.");
        } else if (tail.find()) {
            Span span = verify.span(tail.start(), command.length());
            String swallowed = command.substring(tail.start()).strip();
            sink.report(specSet.planUri(), span, "The verify of task " + label + " ends in \"" + swallowed + "\"" + consequence
                    + " Remove \"" + swallowed + "\" so that a failing check fails the task.");
        }
    }

    /** Every shape ends in {@code true}, {@code :} or {@code 0}, or starts with {@code echo}: most commands skip the regexes. */
    private static boolean mayAlwaysSucceed(String command) {
        char last = command.charAt(command.length() - 1);
        return last == 'e' || last == ':' || last == '0' || command.startsWith("echo");
    }
}
