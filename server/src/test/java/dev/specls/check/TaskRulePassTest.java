package dev.specls.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.testing.SagoCorpus;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker's one pass over the tasks finds exactly what each task rule finds on its own: the same
 * findings, in the same order, over the corpus and the examples.
 */
class TaskRulePassTest {

    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicTest> theOnePassFindsWhatEachRuleFindsAlone() throws IOException {
        List<Rule> rules = Formats.BUILT_IN.rules();
        assertTrue(rules.stream().filter(TaskRule.class::isInstance).count() >= 10, "most per-task rules run in the one pass");
        // The same rules, hidden behind a plain Rule, each walk the tasks on their own.
        List<Rule> alone = rules.stream().<Rule>map(SeparatePass::new).toList();
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> compared = new HashSet<>();
        List<Path> specSets = new ArrayList<>();
        for (Path plan : SagoCorpus.projectPlans()) {
            Path specSet = Files.createTempDirectory(folder, "spec-set");
            Files.copy(plan, specSet.resolve("PLAN.md"));
            specSets.add(specSet);
        }
        specSets.add(Path.of("../examples/bookmarks"));
        specSets.add(Path.of("../examples/broken"));
        for (Path specSet : specSets) {
            tests.add(DynamicTest.dynamicTest(specSet.getFileName().toString(), () -> {
                Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
                workspace.addFolder(specSet.toAbsolutePath().normalize());
                for (SpecSet set : workspace.specSets()) {
                    Map<URI, List<Finding>> fused = new Checker(rules, Settings.defaults()).check(set);
                    assertEquals(new Checker(alone, Settings.defaults()).check(set), fused);
                    fused.values().forEach(findings -> findings.forEach(finding -> compared.add(finding.code())));
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("the spec sets hold findings of many task rules", () -> {
            Set<String> taskRuleCodes = rules.stream().filter(TaskRule.class::isInstance).map(Rule::code).collect(Collectors.toSet());
            compared.retainAll(taskRuleCodes);
            assertTrue(compared.size() >= 8, "findings of task rules compared: " + compared);
        }));
        return tests.stream();
    }

    private record SeparatePass(Rule rule) implements Rule {

        @Override
        public String code() {
            return rule.code();
        }

        @Override
        public Severity defaultSeverity() {
            return rule.defaultSeverity();
        }

        @Override
        public String summary() {
            return rule.summary();
        }

        @Override
        public void check(SpecSet specSet, FindingSink sink) {
            rule.check(specSet, sink);
        }
    }
}
