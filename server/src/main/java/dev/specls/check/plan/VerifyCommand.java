package dev.specls.check.plan;

import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlText;
import dev.specls.text.Span;

/**
 * A task's verify command as sago runs it (decoded, trimmed), with the way back from its characters
 * to the plan file: entities such as {@code &amp;amp;} make the two differ in length.
 */
final class VerifyCommand {

    private final String planText;
    private final Field verify;
    /** Decoded on first use: only a command with a finding needs its way back to the file. */
    private XmlText.Decoded decoded;
    private int leadingSpace;

    private VerifyCommand(String planText, Field verify) {
        this.planText = planText;
        this.verify = verify;
    }

    /** The task's verify command, or {@code null} when it has none or it is blank. */
    static VerifyCommand of(String planText, Task task) {
        Field verify = task.verify();
        if (verify == null || verify.isBlank()) {
            return null;
        }
        return new VerifyCommand(planText, verify);
    }

    /** The command as sago runs it. */
    String text() {
        return verify.text();
    }

    /** The file span of {@code text()[from, to)}. */
    Span span(int from, int to) {
        if (decoded == null) {
            decoded = XmlText.elementText(planText, verify.element());
            String untrimmed = decoded.text();
            while (leadingSpace < untrimmed.length() && XmlText.isPythonSpace(untrimmed.charAt(leadingSpace))) {
                leadingSpace++;
            }
        }
        return decoded.rawSpan(leadingSpace + from, leadingSpace + to);
    }

    /** The file span of the whole command. */
    Span span() {
        return span(0, text().length());
    }
}
