package dev.specls.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar bench/target/specls-bench.jar COMMAND ...}, usually through {@code bench/run}:
 * <pre>
 * generate N FOLDER                      write an N-task spec set (PLAN.md, REQUIREMENTS.md, STATE.md)
 * latency [--tasks 500] [--warmup 200] [--edits 500] [--launcher bin/specls] [--folder DIR]
 *                                        keystroke to publishDiagnostics, and the server's RSS after
 * startup [--runs 20] [--launcher bin/specls] [--versus OTHER_LAUNCHER]
 *                                        spawn to initialize response
 * features [--tasks 5000] [--warmup 100] [--requests 200] [--only NAME,...] [--launcher bin/specls] [--folder DIR]
 *                                        request to response of each editor feature, p50/p95/p99 against its target
 * xml [--runs 5] [--max-seconds 60]     the XML reader on 10,000 to 1,000,000 unmatched end tags and attributes
 * isolation [--large-tasks 45000] [--hovers 300] [--warmup 200] [--edit-every-ms 100] [--launcher bin/specls]
 *                                        hover latency on a small plan while a 20 MB plan elsewhere is read
 * prompts [--templates 2000] [--warmup 100] [--requests 200] [--launcher bin/specls]
 *                                        a workspace of prompt templates: initial index, keystroke, completion, rename
 * jmh [JMH OPTIONS]                      the micro-benchmarks (parse, graph, check); -h lists JMH's options
 * </pre>
 * Run from the repository root: the default launcher is {@code bin/specls}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        int exit = switch (args[0]) {
            case "generate" -> generate(rest);
            case "latency" -> LatencyDriver.run(new Options(rest));
            case "spec-latency" -> SpecLatencyDriver.run(new Options(rest));
            case "generate-speckit" -> generateSpecKit(rest);
            case "generate-saga" -> generateSaga(rest);
            case "startup" -> StartupDriver.run(new Options(rest));
            case "features" -> FeatureLatencyDriver.run(new Options(rest));
            case "xml" -> XmlScalingDriver.run(new Options(rest));
            case "isolation" -> IsolationDriver.run(new Options(rest));
            case "prompts" -> PromptLatencyDriver.run(new Options(rest));
            case "jmh" -> {
                org.openjdk.jmh.Main.main(rest.toArray(String[]::new));
                yield 0;
            }
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static int generate(List<String> args) {
        if (args.size() != 2) {
            usage();
            return 2;
        }
        PlanGenerator.Result result = PlanGenerator.generate(Integer.parseInt(args.get(0).replace("_", "")), Path.of(args.get(1)));
        System.out.printf("wrote %s: %d tasks in %d phases, %d requirements, %d done%n", result.folder(), result.tasks(),
                result.phases(), result.requirementCount(), result.doneTasks());
        return 0;
    }

    private static int generateSpecKit(List<String> args) {
        if (args.size() != 2) {
            usage();
            return 2;
        }
        System.out.println("wrote " + SpecGenerator.specKit(Integer.parseInt(args.get(0).replace("_", "")), Path.of(args.get(1))));
        return 0;
    }

    private static int generateSaga(List<String> args) {
        if (args.size() != 3) {
            usage();
            return 2;
        }
        SpecGenerator.saga(Integer.parseInt(args.get(0)), Integer.parseInt(args.get(1)), Path.of(args.get(2)));
        System.out.println("wrote " + args.get(2));
        return 0;
    }

    private static void usage() {
        System.err.println("""
                usage: specls-bench COMMAND ...
                  generate N FOLDER      write an N-task sago spec set
                  latency [--tasks 500] [--warmup 200] [--edits 500] [--launcher bin/specls] [--folder DIR]
                  generate-speckit N FOLDER    write a Spec Kit feature with an N-task tasks.md
                  generate-saga M T FOLDER     write a Saga tree of M milestones of T task files
                  spec-latency [--format speckit|saga] [--tasks N] [--milestones M] [--warmup 200] [--edits 500] [--launcher bin/specls]
                  startup [--runs 20] [--launcher bin/specls] [--versus OTHER_LAUNCHER]
                  features [--tasks 5000] [--warmup 100] [--requests 200] [--only NAME,...] [--launcher bin/specls] [--folder DIR]
                  xml [--runs 5] [--max-seconds 60]
                  isolation [--large-tasks 45000] [--hovers 300] [--warmup 200] [--edit-every-ms 100] [--launcher bin/specls]
                  prompts [--templates 2000] [--warmup 100] [--requests 200] [--launcher bin/specls]
                  jmh [JMH OPTIONS]      micro-benchmarks; jmh -h for JMH's options""");
    }
}
