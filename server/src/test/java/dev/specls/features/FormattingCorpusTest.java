package dev.specls.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.config.Settings;
import dev.specls.features.graph.GraphPlan;
import dev.specls.features.graph.GraphPlans;
import dev.specls.formats.Formats;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.SagoCorpus;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The formatter's promises, over every plan of the sago corpus and of the examples, with four spaces, two
 * spaces and tabs: formatting twice changes nothing the second time; what {@code specls graph} reports
 * (every field of every task, in order) is the same before and after; the Markdown around the block is
 * untouched; and a plan sago cannot read gets no edit at all.
 */
class FormattingCorpusTest {

    private static final List<FormattingOptions> OPTIONS = List.of(
            new FormattingOptions(4, true), new FormattingOptions(2, true), new FormattingOptions(4, false));

    @TestFactory
    List<DynamicTest> everyPlan() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path plan : plans()) {
            String text = GoldenFixtures.read(plan);
            for (FormattingOptions options : OPTIONS) {
                String name = plan.getParent().getFileName() + "/" + plan.getFileName()
                        + (options.isInsertSpaces() ? " (" + options.getTabSize() + " spaces)" : " (tabs)");
                tests.add(DynamicTest.dynamicTest(name, () -> formatKeepsMeaning(text, options)));
            }
        }
        assertTrue(tests.size() > 10, "corpus and examples not found");
        return tests;
    }

    /** The corpus plans (the shared corpus' too, when it is beside this clone) and the examples' plans. */
    static List<Path> plans() throws IOException {
        List<Path> plans = new ArrayList<>();
        for (Path folder : SagoCorpus.presentFolders()) {
            SagoCorpus.plans(folder).stream().filter(path -> read(path).contains("<phases")).forEach(plans::add);
        }
        try (Stream<Path> examples = Files.list(Path.of("../examples"))) {
            examples.map(folder -> folder.resolve("PLAN.md")).filter(Files::exists).sorted().forEach(plans::add);
        }
        return plans;
    }

    private static void formatKeepsMeaning(String text, FormattingOptions options) {
        FeatureContext before = contextOf(text);
        SourceFile file = before.workspace().file(PLAN);
        List<TextEdit> edits = Formatting.format(before, PLAN, options);
        PlanDocument plan = file.plan();
        if (!plan.readableBySago()) {
            assertEquals(List.of(), edits, "a plan sago cannot read is never reformatted");
            return;
        }
        String formatted = FixtureEdits.apply(before, file, edits);
        int blockStart = plan.block().contentSpan().start();
        int afterBlock = text.length() - plan.block().contentSpan().end();
        assertEquals(text.substring(0, blockStart), formatted.substring(0, blockStart), "Markdown before the block");
        assertEquals(text.substring(text.length() - afterBlock), formatted.substring(formatted.length() - afterBlock), "Markdown after the block");

        FeatureContext after = contextOf(formatted);
        assertTrue(after.workspace().file(PLAN).plan().readableBySago(), () -> "formatted plan is not readable:\n" + formatted);
        assertEquals(graph(before), graph(after), () -> "graph changed by formatting:\n" + formatted);
        List<TextEdit> again = Formatting.format(after, PLAN, options);
        assertEquals(List.of(), again, () -> "second pass edits:\n" + FixtureEdits.edits(again) + "of:\n" + formatted);
        if (!edits.isEmpty()) {
            assertFalse(formatted.equals(text), "edits that change nothing");
        }
    }

    static final URI PLAN = URI.create("file:///corpus/PLAN.md");

    static FeatureContext contextOf(String planText) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.open(PLAN, 1, planText);
        return new FeatureContext(workspace, new Checker(Formats.BUILT_IN.rules(), Settings.defaults()), PositionEncoding.UTF16, Cancellation.NONE, Formats.BUILT_IN);
    }

    /** What {@code specls graph --format json} prints of the plan: every task with all its fields. */
    static GraphPlan graph(FeatureContext context) {
        return GraphPlans.of(context.workspace().specSetOf(PLAN), "PLAN.md");
    }

    private static String read(Path path) {
        return GoldenFixtures.read(path);
    }
}
