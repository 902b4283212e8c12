package dev.specls.cli;

import dev.specls.check.Analysis;
import dev.specls.check.Severity;
import dev.specls.config.ConfigDiscovery;
import dev.specls.formats.Formats;
import dev.specls.llm.AnalysisAnswerCheck;
import dev.specls.llm.Estimate;
import dev.specls.llm.LlmException;
import dev.specls.llm.LlmSettings;
import dev.specls.llm.LlmSettingsReader;
import dev.specls.llm.Planner;
import dev.specls.llm.Prompts;
import dev.specls.llm.SpecFolder;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import dev.specls.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code specls plan | replan | review | init}: sago's planning steps from a terminal, through the same
 * generate → check → repair loop as the editor's commands. Progress goes to stderr; a file is written only once
 * the answer is clean, and never when it changed on disk while the model was answering.
 */
final class PlanningCommand {

    static final List<String> WORDS = List.of("plan", "replan", "review", "init");
    private static final List<String> SPEC_FILES = List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md", "PROJECT.md");

    static final String USAGE = """
            Usage: specls plan [PATH] [--dry-run] [--force] [--output FILE] [MODEL OPTIONS]
                   specls replan [PATH] [--feedback TEXT] [--dry-run] [--output FILE] [MODEL OPTIONS]
                   specls review [PATH] --phase NAME [--dry-run] [MODEL OPTIONS]
                   specls init [PATH] --prompt TEXT [--dry-run] [--force] [MODEL OPTIONS]

            sago's planning steps, with every answer checked by specls' rules in the spec
            set's context and sent back with its diagnostics until it is clean (up to
            [llm] maxRepairs times). PATH is the spec set's folder or a file in it
            (default: the current folder).

              plan     writes PLAN.md from PROJECT.md and REQUIREMENTS.md (beside
                       REQUIREMENTS.md); an existing PLAN.md is replaced only with --force.
                       In a Spec Kit feature folder, a Kiro spec folder or a Saga tree
                       it writes that format's tasks.md or task files instead
              replan   updates PLAN.md; tasks STATE.md marks done stay byte-identical
              review   reviews a phase's work, prints the findings and appends
                       "## Phase Summary: NAME" to STATE.md
              init     writes PROJECT.md and REQUIREMENTS.md from a one-line idea

            Options:
              --dry-run         print each step's input tokens, expected output tokens and
                                cost, and send nothing
              --output FILE     plan, replan: write the plan to FILE instead of PLAN.md
              --force           plan, init: replace files that exist
              --feedback TEXT   replan: what should change
              --phase NAME      review: the phase to review, as its name attribute says
              --prompt TEXT     init: the idea of the project

            Model options (trusted like editor settings; also SPECLS_LLM_PROVIDER,
            SPECLS_LLM_MODEL, SPECLS_LLM_BASE_URL):
              --provider NAME   openai, anthropic, ollama or gemini
              --model NAME      the model
              --base-url URL    the endpoint (an OpenAI-compatible server, a gateway)

            The key comes from SPECLS_LLM_API_KEY, else OPENAI_API_KEY, ANTHROPIC_API_KEY or
            GEMINI_API_KEY, else LLM_API_KEY or .env; a key from the environment is never
            sent to a base URL that only .specls.toml or .env names.

            Exit status: 0 clean result written, 1 the answer stayed broken (nothing
            written) or a review found critical problems, 2 usage, configuration or
            connection error.
            """;

    /** The parsed command line of one planning command. */
    private record Options(String word, Path path, boolean dryRun, boolean force, Path output, String feedback, String phase, String prompt,
            Map<String, Object> model) {
    }

    private PlanningCommand() {
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err, Path currentFolder) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println("specls: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return CommandLine.EXIT_USAGE;
        }
        if (options == null) {
            out.print(USAGE);
            return CommandLine.EXIT_OK;
        }
        Path target = currentFolder.resolve(options.path()).toAbsolutePath().normalize();
        Path folder = Files.isRegularFile(target) ? target.getParent() : target;
        if (!Files.isDirectory(target) && !Files.isRegularFile(target) && !options.word().equals("init")) {
            err.println("specls: no such file or folder: " + options.path());
            return CommandLine.EXIT_USAGE;
        }
        ConfigDiscovery configuration = new ConfigDiscovery(UnaryOperator.identity(), file -> DisplayPath.of(Uris.of(file), currentFolder),
                Formats.BUILT_IN.fileKindNames());
        Workspace workspace = Formats.BUILT_IN.newWorkspace(configuration);
        for (String name : SPEC_FILES) {
            if (Files.isRegularFile(folder.resolve(name))) {
                workspace.addFile(folder.resolve(name));
            }
        }
        SpecSet sagoSet = SPEC_FILES.stream().map(name -> workspace.snapshot().specSetOf(Uris.of(folder.resolve(name)))).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (sagoSet == null && Files.isDirectory(folder)) {
            // No sago files: the folder may be a spec set of another format (a Spec Kit feature, a Kiro spec, a Saga tree).
            workspace.addFolder(folder);
        }
        WorkspaceSnapshot snapshot = workspace.snapshot();
        SpecSet specSet = sagoSet != null ? snapshot.specSetOf(sagoSet.members().get(0).uri()) : snapshot.specSets().stream()
                .filter(candidate -> folder.equals(candidate.folder())).findFirst().orElse(null);
        Function<Path, String> disk = SpecFolder.disk(folder);
        Function<Path, String> texts = file -> {
            SourceFile held = snapshot.file(Uris.of(file));
            return held != null ? held.text() : disk.apply(file);
        };
        SpecFolder specFolder = new SpecFolder(folder, folder, specSet, texts);
        LlmSettings settings = LlmSettingsReader.read(folder, Files.isDirectory(folder) ? configuration.forFolder(folder).source() : null,
                options.model(), environment);
        settings.problems().forEach(problem -> err.println("specls: " + problem));
        Planner planner = new Planner(settings, environment, new Prompts(folder, folder),
                new AnalysisAnswerCheck(Analysis.of(snapshot, Formats.BUILT_IN.newChecker(workspace.settings()))),
                (message, percentage) -> err.println("specls: " + options.word() + ": " + message + "…"));
        if (options.word().equals("review") && options.phase() == null) {
            List<String> phases = specSet == null || specSet.planDocument() == null ? List.of()
                    : specSet.planDocument().phases().stream().map(phase -> "\"" + phase.name() + "\"").toList();
            err.println("specls: review needs --phase NAME" + (phases.isEmpty() ? "" : "; the plan's phases: " + String.join(", ", phases)));
            return CommandLine.EXIT_USAGE;
        }
        String command = switch (options.word()) {
            case "plan" -> "generatePlan";
            case "replan" -> "replan";
            case "review" -> "reviewPhase";
            default -> "generateRequirements";
        };
        String argument = switch (options.word()) {
            case "replan" -> options.feedback();
            case "review" -> options.phase();
            case "init" -> options.prompt();
            default -> null;
        };
        try {
            if (options.dryRun()) {
                out.print(Estimate.format(planner.estimate(command, specFolder, argument)));
                return CommandLine.EXIT_OK;
            }
            String refusal = refuseOverwrite(options, folder);
            if (refusal != null) {
                err.println("specls: " + refusal);
                return CommandLine.EXIT_USAGE;
            }
            if (options.word().equals("init")) {
                Files.createDirectories(folder);
            }
            Planner.Result result = planner.run(command, specFolder, argument);
            result.warnings().forEach(warning -> err.println("specls: warning: " + warning));
            if (!result.clean()) {
                err.println("specls: " + result.message());
                return CommandLine.EXIT_FINDINGS;
            }
            if (options.output() != null && result.changes().size() > 1) {
                err.println("specls: the answer writes " + result.changes().size() + " files, so --output cannot hold it; run without --output");
                return CommandLine.EXIT_USAGE;
            }
            for (Planner.FileChange change : result.changes()) {
                if (options.word().equals("plan") && change.needsConfirmation() && options.output() == null && !options.force()) {
                    err.println("specls: " + DisplayPath.of(change.uri(), currentFolder) + " exists: pass --force to replace it, or --output FILE");
                    return CommandLine.EXIT_USAGE;
                }
            }
            for (Planner.FileChange change : result.changes()) {
                Path file = options.output() != null ? currentFolder.resolve(options.output()).toAbsolutePath().normalize() : Uris.toPath(change.uri());
                String problem = write(file, options.output() != null ? null : change.baseText(), change.newText());
                if (problem != null) {
                    err.println("specls: " + problem);
                    return CommandLine.EXIT_USAGE;
                }
                err.println("specls: wrote " + DisplayPath.of(Uris.of(file), currentFolder));
            }
            err.println("specls: " + result.message());
            if (options.word().equals("review")) {
                result.findings().forEach(finding -> out.println((finding.uri() == null ? "" : DisplayPath.of(finding.uri(), currentFolder)
                        + (finding.line() >= 0 ? ":" + (finding.line() + 1) : "") + ": ") + finding.message()));
                boolean critical = result.findings().stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
                return critical ? CommandLine.EXIT_FINDINGS : CommandLine.EXIT_OK;
            }
            return CommandLine.EXIT_OK;
        } catch (LlmException failure) {
            err.println("specls: " + options.word() + ": " + failure.getMessage());
            return CommandLine.EXIT_USAGE;
        } catch (IOException failure) {
            err.println("specls: cannot create " + folder + ": " + failure.getMessage());
            return CommandLine.EXIT_USAGE;
        }
    }

    private static String refuseOverwrite(Options options, Path folder) {
        if (options.force() || options.output() != null) {
            return null;
        }
        List<String> guarded = switch (options.word()) {
            case "plan" -> List.of("PLAN.md");
            case "init" -> List.of("PROJECT.md", "REQUIREMENTS.md");
            default -> List.of();
        };
        for (String name : guarded) {
            if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return name + " exists in " + folder + ": pass --force to replace it" + (name.equals("PLAN.md") ? ", or run specls replan" : "");
            }
        }
        return null;
    }

    /**
     * Writes the file unless it changed since the answer was computed from it ({@code baseText}; {@code null}: it did
     * not exist), or is a link. Returns the problem, or {@code null} once written.
     */
    private static String write(Path file, String baseText, String text) {
        try {
            if (Files.isSymbolicLink(file)) {
                return file + " is a symbolic link: nothing written through it";
            }
            if (baseText != null || Files.exists(file)) {
                String now = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
                if (baseText != null && !baseText.equals(now)) {
                    return file + " changed while the model was answering: nothing written; run the command again";
                }
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return null;
        } catch (IOException failure) {
            return "cannot write " + file + ": " + failure.getMessage();
        }
    }

    /** The options, or {@code null} for {@code --help}. */
    private static Options parse(List<String> args) throws UsageException {
        String word = args.get(0);
        Path path = null;
        boolean dryRun = false;
        boolean force = false;
        Path output = null;
        String feedback = null;
        String phase = null;
        String prompt = null;
        Map<String, Object> model = new LinkedHashMap<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (!optionsEnded && arg.startsWith("-")) {
                switch (arg) {
                    case "--" -> optionsEnded = true;
                    case "--help", "-h" -> {
                        return null;
                    }
                    case "--dry-run" -> dryRun = true;
                    case "--force" -> {
                        requireCommand(word, arg, "plan", "init");
                        force = true;
                    }
                    case "--output" -> output = Path.of(value(args, ++i, arg, word, "plan", "replan"));
                    case "--feedback" -> feedback = value(args, ++i, arg, word, "replan");
                    case "--phase" -> phase = value(args, ++i, arg, word, "review");
                    case "--prompt" -> prompt = value(args, ++i, arg, word, "init");
                    case "--provider" -> model.put("provider", value(args, ++i, arg, word, WORDS.toArray(String[]::new)));
                    case "--model" -> model.put("model", value(args, ++i, arg, word, WORDS.toArray(String[]::new)));
                    case "--base-url" -> model.put("baseUrl", value(args, ++i, arg, word, WORDS.toArray(String[]::new)));
                    default -> throw new UsageException("unknown option '" + arg + "' for " + word);
                }
            } else if (path == null) {
                path = Path.of(arg);
            } else {
                throw new UsageException(word + " takes one path, got '" + path + "' and '" + arg + "'");
            }
        }
        if (word.equals("init") && prompt == null) {
            throw new UsageException("init needs --prompt TEXT");
        }
        return new Options(word, path == null ? Path.of(".") : path, dryRun, force, output, feedback, phase, prompt, model);
    }

    private static void requireCommand(String word, String option, String... commands) throws UsageException {
        if (!List.of(commands).contains(word)) {
            throw new UsageException(option + " is an option of " + String.join(" and ", commands) + ", not of " + word);
        }
    }

    private static String value(List<String> args, int index, String option, String word, String... commands) throws UsageException {
        requireCommand(word, option, commands);
        if (index >= args.size() || args.get(index).isBlank()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
