package dev.specls.check.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.check.Related;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** What fixtures cannot show: related locations, and plans far larger than anyone writes by hand. */
class PlanDependencyRulesTest {

    private static final URI PLAN = URI.create("file:///plan/PLAN.md");

    @Test
    void everyCycleFindingPointsAtEveryTaskOnThePath() {
        String text = plan(3, i -> task("1." + (i + 1), "1." + ((i + 1) % 3 + 1), "f" + i + ".py"));
        List<Finding> findings = check(text, "plan/dependency-cycle");
        assertEquals(3, findings.size());
        for (Finding finding : findings) {
            assertEquals(List.of("1.1", "1.2", "1.3"), finding.related().stream().map(related -> related.span().of(text)).toList());
        }
    }

    @Test
    void fileConflictPointsAtTheOtherTasksEntry() {
        String text = plan(3, i -> task("1." + (i + 1), i == 0 ? null : "1.1", i == 0 ? "base.py" : "app.py"));
        List<Finding> findings = check(text, "plan/parallel-file-conflict");
        assertEquals(1, findings.size());
        Related other = findings.get(0).related().get(0);
        assertEquals("app.py", other.span().of(text));
        assertEquals(text.indexOf("app.py"), other.span().start());
        assertEquals(text.lastIndexOf("app.py"), findings.get(0).span().start());
    }

    @Test
    void longImplicitChainSharingOneFileIsOrderedWithoutSearching() {
        String text = plan(50_000, i -> task("1." + i, null, "app.py"));
        assertEquals(List.of(), check(text, "plan/parallel-file-conflict"));
    }

    @Test
    void longExplicitChainSharingOneFileStaysLinear() {
        int count = 50_000;
        // Task i lists only its predecessor: never over-specified after the second, never dangling, always ordered.
        String text = plan(count, i -> task("1." + i, i == 0 ? null : "1." + (i - 1), "app.py"));
        assertEquals(List.of(), check(text, "plan/over-specified-dependencies", "plan/dangling-dependency", "plan/parallel-file-conflict"));
    }

    @Test
    void longCycleSharesOneRelatedList() {
        int count = 50_000;
        String text = plan(count, i -> task("1." + i, "1." + ((i + 1) % count), "f" + i + ".py"));
        List<Finding> findings = check(text, "plan/dependency-cycle");
        assertEquals(count, findings.size());
        assertEquals(count, findings.get(count - 1).related().size());
    }

    private static List<Finding> check(String planText, String... codes) {
        // No cap: these plans are far larger than anyone writes by hand, and each finding counts here.
        Settings settings = Settings.defaults().withMaxFindingsPerFile(Integer.MAX_VALUE);
        Workspace workspace = new Workspace(settings, Formats.BUILT_IN.files());
        workspace.open(PLAN, 1, planText);
        Checker checker = new Checker(PlanDependencyRules.all(), settings);
        List<Finding> findings = new ArrayList<>();
        for (SpecSet specSet : workspace.specSets()) {
            checker.check(specSet).values().forEach(findings::addAll);
        }
        return findings.stream().filter(finding -> List.of(codes).contains(finding.code())).toList();
    }

    private static String plan(int count, IntFunction<String> task) {
        StringBuilder text = new StringBuilder("```xml\n<phases>\n<phase name=\"Phase 1\">\n");
        for (int i = 0; i < count; i++) {
            text.append(task.apply(i));
        }
        return text.append("</phase>\n</phases>\n```\n").toString();
    }

    private static String task(String id, String dependsOn, String file) {
        return "<task id=\"" + id + "\"" + (dependsOn == null ? "" : " depends_on=\"" + dependsOn + "\"") + ">"
                + "<name>Task " + id + "</name><files>" + file + "</files><action>Work</action><verify>pytest</verify><done>Done</done></task>\n";
    }
}
