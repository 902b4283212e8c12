package dev.specls.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.config.Settings;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static final Rule DANGLING = new Rule() {
        @Override
        public String code() {
            return "plan/dangling-dependency";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }

        @Override
        public String summary() {
            return "a depends_on id no task declares";
        }

        @Override
        public void check(SpecSet specSet, FindingSink sink) {
        }
    };

    private static Settings withLevels(Map<String, String> levels) {
        return new Settings(levels, Map.of(), Settings.DEFAULT_DEBOUNCE_MS, List.of());
    }

    @Test
    void misspeltRuleCodeInSettingsIsReportedWithTheNearestCode() {
        Settings settings = withLevels(Map.of("plan/dangling-dependancy", "off"));
        Checker checker = new Checker(List.of(DANGLING), settings);

        assertEquals(List.of("[rules] names \"plan/dangling-dependancy\", which is no rule code, so it changes nothing;"
                + " did you mean \"plan/dangling-dependency\"?"), checker.problems(settings));
    }

    @Test
    void unrelatedCodePointsToTheRulesReference() {
        Settings settings = withLevels(Map.of("style/line-length", "off"));
        Checker checker = new Checker(List.of(DANGLING), settings);

        assertEquals(List.of("[rules] names \"style/line-length\", which is no rule code, so it changes nothing;"
                + " docs/rules.md lists the codes"), checker.problems(settings));
    }

    @Test
    void knownCodesAreNoProblem() {
        Settings settings = withLevels(Map.of("plan/dangling-dependency", "warning"));
        assertEquals(List.of(), new Checker(List.of(DANGLING), settings).problems(settings));
    }
}
