package dev.specls.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Workspace;
import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.junit.jupiter.api.Test;

/** On a plan too large to list whole, depends_on completion shows the nearest tasks and asks to be asked again. */
class LargePlanCompletionTest {

    private static final URI PLAN = URI.create("file:///large/PLAN.md");

    /** 40 phases of 10 tasks; the last task's depends_on holds the cursor after {@code typed}. */
    private static CompletionList completeInLastTask(String typed) {
        StringBuilder plan = new StringBuilder("```xml\n<phases>\n");
        for (int phase = 1; phase <= 40; phase++) {
            plan.append("  <phase name=\"Phase ").append(phase).append("\">\n");
            for (int task = 1; task <= 10; task++) {
                boolean last = phase == 40 && task == 10;
                plan.append("    <task id=\"").append(phase).append('.').append(task).append('"')
                        .append(last ? " depends_on=\"" + typed + "\"" : "")
                        .append("><name>Task ").append(phase).append('.').append(task).append("</name></task>\n");
            }
            plan.append("  </phase>\n");
        }
        String text = plan.append("</phases>\n```\n").toString();
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        SourceFile file = workspace.open(PLAN, 1, text);
        int cursor = text.indexOf("depends_on=\"" + typed + "\"") + "depends_on=\"".length() + typed.length();
        FeatureContext context = new FeatureContext(workspace, new Checker(Formats.BUILT_IN.rules(), Settings.defaults()), PositionEncoding.UTF16,
                Cancellation.NONE, Formats.BUILT_IN);
        return Completions.complete(context, PLAN, Positions.position(cursor, file.lineIndex(), PositionEncoding.UTF16));
    }

    private static List<String> labels(CompletionList list) {
        return list.getItems().stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void listsTheNearestTasksInPhaseOrderAndMarksTheListIncomplete() {
        CompletionList list = completeInLastTask("");

        assertTrue(list.isIncomplete());
        assertEquals(200, list.getItems().size());
        assertTrue(labels(list).contains("40.9"), "the task right before is offered");
        assertFalse(labels(list).contains("1.1"), "the farthest task waits for a narrower prefix");
        assertEquals("20.10", labels(list).get(0), "phase order among the 200 tasks before this one");
    }

    @Test
    void theTypedPrefixNarrowsTheListUntilItIsWhole() {
        CompletionList list = completeInLastTask("1.");

        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"), labels(list));
    }
}
