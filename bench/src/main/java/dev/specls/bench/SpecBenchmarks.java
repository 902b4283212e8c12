package dev.specls.bench;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.workspace.FileFormat;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of a check, each on its own: parse the 50,000-task PLAN.md, build its dependency graph,
 * run every rule over a 5,000-task spec set (with its derived tables computed afresh, as after an
 * edit of the plan), and one editor keystroke on that spec set without the protocol (apply the new
 * text to the workspace, re-parse, re-check).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m"})
public class SpecBenchmarks {

    private Path root;
    private String bigPlanText;
    private PlanDocument bigPlan;
    private Workspace workspace;
    private SpecSet specSet;
    private Checker checker;
    private URI planUri;
    private String planText;
    private String editedPlanText;
    private int version;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("specls-jmh-");
        PlanGenerator.Result big = PlanGenerator.generate(50_000, root.resolve("big"));
        bigPlanText = Files.readString(big.plan(), StandardCharsets.UTF_8);
        bigPlan = PlanParser.parse(bigPlanText);
        PlanGenerator.Result medium = PlanGenerator.generate(5_000, root.resolve("medium"));
        workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(medium.folder());
        specSet = workspace.specSetOf(medium.plan().toUri());
        checker = new Checker(Formats.BUILT_IN.rules(), Settings.defaults());
        planUri = specSet.planUri();
        planText = specSet.plan().text();
        int action = planText.indexOf("<action>", planText.length() / 2) + "<action>".length() + 20;
        editedPlanText = planText.substring(0, action) + "x" + planText.substring(action);
        workspace.open(planUri, version, planText);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        LatencyDriver.deleteTree(root);
    }

    @Benchmark
    public PlanDocument parsePlan50k() {
        return PlanParser.parse(bigPlanText);
    }

    @Benchmark
    public PlanGraph buildGraph50k() {
        return PlanGraph.of(bigPlan);
    }

    /**
     * What the outline and folding requests of REQUIREMENTS.md and STATE.md read: each file parsed, and its
     * Markdown outline asked of the SourceFile, as a fresh version after an edit.
     */
    @Benchmark
    public int outlineRequirementsAndState5k() {
        int lines = 0;
        for (SourceFile file : new SourceFile[] {specSet.requirements(), specSet.state()}) {
            FileFormat format = Formats.BUILT_IN.files().of(file.kind());
            lines += new SourceFile(file.snapshot(), file.kind(), format.parse(file.text())).markdownOutline().lines().size();
        }
        return lines;
    }

    /** A fresh SpecSet of the same files, so the graph, citations and id tables are derived inside the measurement. */
    @Benchmark
    public Map<URI, List<Finding>> checkSpecSet5k() {
        SpecSet fresh = new SpecSet(specSet.folder(), specSet.plan(), specSet.requirements(), specSet.state());
        fresh.graph();
        fresh.citations();
        return checker.check(fresh);
    }

    /** What the server does per keystroke between decoding didChange and encoding publishDiagnostics, minus the text splice. */
    @Benchmark
    public Map<URI, List<Finding>> keystroke5k() {
        version++;
        SourceFile changed = workspace.change(planUri, version, (version & 1) == 0 ? planText : editedPlanText);
        changed.lineIndex();
        return checker.check(workspace.specSetOf(planUri));
    }
}
