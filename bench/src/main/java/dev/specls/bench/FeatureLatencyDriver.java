package dev.specls.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionContext;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Request to response for the editor features: spawns {@code bin/specls lsp} on a generated spec set,
 * opens PLAN.md, REQUIREMENTS.md and STATE.md, waits for the first diagnostics of PLAN.md (the spec set
 * is then loaded and checked), warms every feature up, then sends each feature's requests one at a
 * time at positions spread over the whole plan and times each from the moment it is written to the
 * moment its response is decoded (on lsp4j's reader thread, so the client's JSON decoding counts, as
 * it does in an editor). Prints p50/p95/p99 per feature, the server's CPU per request, the size of a
 * typical answer, and each feature's target.
 *
 * <p>The positions are the same on every run: they come from a seeded random over the generated plan,
 * which is itself deterministic.
 */
final class FeatureLatencyDriver {

    private static final Pattern TASK = Pattern.compile("<task id=\"(\\d+)\\.(\\d+)\"(?: depends_on=\"([^\"]*)\")?>");
    private static final Pattern ID = Pattern.compile("\\d+\\.\\d+");

    /** A task's start tag as the driver found it: offsets into PLAN.md. */
    private record TaskTag(int phase, int idStart, int idEnd, int dependsOnStart, List<int[]> dependsOnIds) {
    }

    /** One feature: how to send its i-th request, how big an answer is, and its target p95 (0: none). */
    private record Feature(String name, IntFunction<CompletableFuture<?>> request, ToIntFunction<Object> size, String sizeUnit,
            double targetP95Ms, boolean mayBeEmpty) {
    }

    private FeatureLatencyDriver() {
    }

    static int run(Options options) throws IOException {
        int tasks = options.intOption("tasks", 5000);
        int warmup = options.intOption("warmup", 100);
        int requests = options.intOption("requests", 200);
        long seed = options.intOption("seed", 42);
        String only = options.option("only", "");
        Path launcher = Path.of(options.option("launcher", "bin/specls")).toAbsolutePath();
        Path folder = options.has("folder") ? Path.of(options.option("folder", null)).toAbsolutePath() : Files.createTempDirectory("specls-features-");
        PlanGenerator.generate(tasks, folder);
        Path plan = folder.resolve("PLAN.md");
        String planText = Files.readString(plan, StandardCharsets.UTF_8);
        int[] lineStarts = lineStarts(planText);
        List<TaskTag> tags = taskTags(planText);
        List<TaskTag> withDependsOn = tags.stream().filter(tag -> !tag.dependsOnIds().isEmpty()).toList();
        Random random = new Random(seed);
        int samples = Math.max(requests, 1);
        java.util.Set<String> referencedIds = new java.util.HashSet<>();
        for (TaskTag tag : withDependsOn) {
            for (int[] id : tag.dependsOnIds()) {
                referencedIds.add(planText.substring(id[0], id[1]));
            }
        }
        // References and rename start from the declaration of a task that other tasks name, as a user would look one up.
        List<TaskTag> referenced = tags.stream().filter(tag -> referencedIds.contains(planText.substring(tag.idStart(), tag.idEnd()))).toList();
        TaskTag[] anyTask = pick(tags, samples, random);
        TaskTag[] referencedTask = pick(referenced, samples, random);
        TaskTag[] dependent = pick(withDependsOn, samples, random);
        int[] whichId = new int[samples];
        for (int i = 0; i < samples; i++) {
            whichId[i] = random.nextInt(dependent[i].dependsOnIds().size());
        }

        try (ServerProcess server = ServerProcess.start(launcher)) {
            server.initialize(folder, null);
            server.server().initialized(new InitializedParams());
            TextDocumentService documents = server.server().getTextDocumentService();
            String planUri = plan.toUri().toString();
            for (String name : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
                Path file = folder.resolve(name);
                documents.didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(file.toUri().toString(), "markdown", 1, Files.readString(file, StandardCharsets.UTF_8))));
            }
            server.awaitPublished("/PLAN.md", 1, 120);
            TextDocumentIdentifier document = new TextDocumentIdentifier(planUri);
            int lastLine = lineStarts.length - 1;
            Range wholeFile = new Range(new Position(0, 0), new Position(lastLine, 0));

            List<Feature> features = new ArrayList<>();
            // Completion while typing a depends_on list: at the end of an id (as just typed), or right after the opening quote.
            features.add(new Feature("completion (depends_on)", i -> {
                TaskTag tag = dependent[i % samples];
                int offset = i % 2 == 0 ? tag.dependsOnIds().get(whichId[i % samples])[1] : tag.dependsOnStart();
                CompletionParams params = new CompletionParams(document, position(lineStarts, offset),
                        new CompletionContext(CompletionTriggerKind.Invoked));
                return documents.completion(params);
            }, result -> completionItems(result), "items", 20, true));
            // Hover on a task id: its declaration, or one of the ids its depends_on names.
            features.add(new Feature("hover (task id)", i -> {
                int offset = i % 2 == 0 ? anyTask[i % samples].idStart() + 1 : dependent[i % samples].dependsOnIds().get(whichId[i % samples])[0] + 1;
                return documents.hover(new HoverParams(document, position(lineStarts, offset)));
            }, result -> result == null ? 0 : 1, "hover", 20, false));
            features.add(new Feature("definition (depends_on id)", i -> {
                int offset = dependent[i % samples].dependsOnIds().get(whichId[i % samples])[0] + 1;
                return documents.definition(new DefinitionParams(document, position(lineStarts, offset)));
            }, result -> ((Either<?, ?>) result).isLeft() ? ((List<?>) ((Either<?, ?>) result).getLeft()).size() : 0, "locations", 20, false));
            features.add(new Feature("references (declaration)", i -> {
                int offset = referencedTask[i % samples].idStart() + 1;
                return documents.references(new ReferenceParams(document, position(lineStarts, offset), new ReferenceContext(true)));
            }, result -> ((List<?>) result).size(), "locations", 100, false));
            features.add(new Feature("prepareRename (task id)", i -> {
                int offset = referencedTask[i % samples].idStart() + 1;
                return documents.prepareRename(new PrepareRenameParams(document, position(lineStarts, offset)));
            }, result -> result == null ? 0 : ((Either3<?, ?, ?>) result).isSecond() || ((Either3<?, ?, ?>) result).isFirst() ? 1 : 0,
                    "range", 100, false));
            // Phases hold at most 10 tasks, so N.50 to N.89 is never taken: every rename is accepted.
            features.add(new Feature("rename (task id)", i -> {
                TaskTag tag = referencedTask[i % samples];
                String newName = tag.phase() + "." + (50 + i % 40);
                return documents.rename(new RenameParams(document, position(lineStarts, tag.idStart() + 1), newName));
            }, result -> renameEdits((WorkspaceEdit) result), "edits", 100, false));
            features.add(new Feature("semanticTokens/full", i -> documents.semanticTokensFull(new SemanticTokensParams(document)),
                    result -> result == null ? 0 : ((org.eclipse.lsp4j.SemanticTokens) result).getData().size() / 5, "tokens", 100, false));
            features.add(new Feature("documentSymbol", i -> documents.documentSymbol(new DocumentSymbolParams(document)),
                    result -> ((List<?>) result).size(), "top-level symbols", 0, false));
            features.add(new Feature("foldingRange", i -> documents.foldingRange(new FoldingRangeRequestParams(document)),
                    result -> ((List<?>) result).size(), "ranges", 0, false));
            features.add(new Feature("codeLens", i -> documents.codeLens(new CodeLensParams(document)),
                    result -> ((List<?>) result).size(), "lenses", 0, false));
            features.add(new Feature("inlayHint (whole file)", i -> documents.inlayHint(new InlayHintParams(document, wholeFile)),
                    result -> ((List<?>) result).size(), "hints", 0, false));
            // A code action request as an editor sends it when the cursor rests on a line: no diagnostics there (the plan is clean).
            features.add(new Feature("codeAction (one line)", i -> {
                TaskTag tag = anyTask[i % samples];
                Position start = position(lineStarts, tag.idStart());
                Range line = new Range(new Position(start.getLine(), 0), new Position(start.getLine() + 1, 0));
                return documents.codeAction(new CodeActionParams(document, line, new CodeActionContext(List.of())));
            }, result -> ((List<?>) result).size(), "actions", 0, true));
            features.add(new Feature("formatting (whole file)", i -> documents.formatting(new DocumentFormattingParams(document,
                    new FormattingOptions(2, true))), result -> result == null ? 0 : ((List<?>) result).size(), "edits", 0, true));

            if (!only.isEmpty()) {
                features.removeIf(feature -> Arrays.stream(only.split(",")).noneMatch(name -> feature.name().startsWith(name.trim())));
            }
            System.err.printf(Locale.ROOT, "features: warming up (%d requests each)%n", warmup);
            for (Feature feature : features) {
                for (int i = 0; i < warmup; i++) {
                    await(feature.request().apply(i));
                }
            }
            System.out.printf(Locale.ROOT, "features tasks=%d plan=%.1f MB warmup=%d requests=%d (each feature, sequential)%n", tasks,
                    planText.length() / 1e6, warmup, requests);
            System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s %10s  %-22s %s%n", "feature", "p50 ms", "p95 ms", "p99 ms", "max ms",
                    "cpu/req ms", "answer (median)", "target p95");
            Map<String, Boolean> verdicts = new LinkedHashMap<>();
            for (Feature feature : features) {
                long[] nanos = new long[requests];
                int[] sizes = new int[requests];
                long cpuBefore = server.cpuMillis();
                for (int i = 0; i < requests; i++) {
                    long[] received = new long[1];
                    Object[] answer = new Object[1];
                    long sent = System.nanoTime();
                    CompletableFuture<?> response = feature.request().apply(i);
                    // Stamped on the thread that decoded the response, before this thread wakes up.
                    CompletableFuture<?> stamped = response.whenComplete((result, error) -> received[0] = System.nanoTime());
                    answer[0] = await(stamped);
                    nanos[i] = received[0] - sent;
                    sizes[i] = feature.size().applyAsInt(answer[0]);
                }
                long cpuAfter = server.cpuMillis();
                int[] sortedSizes = sizes.clone();
                Arrays.sort(sortedSizes);
                int medianSize = sortedSizes[sortedSizes.length / 2];
                if (medianSize == 0 && !feature.mayBeEmpty()) {
                    throw new IllegalStateException(feature.name() + " answered nothing: the driver's positions or the feature are wrong");
                }
                long[] sorted = nanos.clone();
                Arrays.sort(sorted);
                double p95 = Stats.percentileMs(sorted, 95);
                String target = feature.targetP95Ms() == 0 ? "-"
                        : String.format(Locale.ROOT, "<= %.0f ms: %s", feature.targetP95Ms(), p95 <= feature.targetP95Ms() ? "meets" : "MISSES");
                if (medianSize == 0) {
                    target += " (empty answers)";
                }
                if (feature.targetP95Ms() != 0) {
                    verdicts.put(feature.name(), p95 <= feature.targetP95Ms());
                }
                System.out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f %8.2f %10.2f  %-22s %s%n", feature.name(),
                        Stats.percentileMs(sorted, 50), p95, Stats.percentileMs(sorted, 99), sorted[sorted.length - 1] / 1e6,
                        (cpuAfter - cpuBefore) / (double) requests, medianSize + " " + feature.sizeUnit(), target);
            }
            System.out.printf(Locale.ROOT, "server rss=%.1f MB peak=%.1f MB%n", server.residentKb("VmRSS") / 1024.0,
                    server.residentKb("VmHWM") / 1024.0);
            long missed = verdicts.values().stream().filter(met -> !met).count();
            System.out.println(missed == 0 ? "all targets met" : missed + " target(s) missed");
        } finally {
            if (!options.has("folder")) {
                LatencyDriver.deleteTree(folder);
            }
        }
        return 0;
    }

    private static Object await(CompletableFuture<?> future) {
        try {
            return future.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no answer from the server: " + e, e);
        }
    }

    private static int completionItems(Object result) {
        if (result == null) {
            return 0;
        }
        Either<?, ?> either = (Either<?, ?>) result;
        return either.isLeft() ? ((List<?>) either.getLeft()).size() : ((org.eclipse.lsp4j.CompletionList) either.getRight()).getItems().size();
    }

    private static int renameEdits(WorkspaceEdit edit) {
        if (edit == null) {
            return 0;
        }
        int edits = 0;
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    edits += change.getLeft().getEdits().size();
                }
            }
        }
        if (edit.getChanges() != null) {
            edits += edit.getChanges().values().stream().mapToInt(Collection::size).sum();
        }
        return edits;
    }

    /** {@code count} tasks drawn at random (with replacement) from the whole plan. */
    private static TaskTag[] pick(List<TaskTag> tags, int count, Random random) {
        if (tags.isEmpty()) {
            throw new IllegalStateException("the generated plan has no task of that kind");
        }
        TaskTag[] picked = new TaskTag[count];
        for (int i = 0; i < count; i++) {
            picked[i] = tags.get(random.nextInt(tags.size()));
        }
        return picked;
    }

    private static List<TaskTag> taskTags(String text) {
        List<TaskTag> tags = new ArrayList<>();
        Matcher task = TASK.matcher(text);
        while (task.find()) {
            List<int[]> ids = new ArrayList<>();
            int dependsOnStart = -1;
            if (task.group(3) != null) {
                dependsOnStart = task.start(3);
                Matcher id = ID.matcher(task.group(3));
                while (id.find()) {
                    ids.add(new int[] {dependsOnStart + id.start(), dependsOnStart + id.end()});
                }
            }
            tags.add(new TaskTag(Integer.parseInt(task.group(1)), task.start(1), task.end(2), dependsOnStart, ids));
        }
        return tags;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The UTF-16 position of an offset; the generated plan is ASCII, so a char index is a column. */
    private static Position position(int[] lineStarts, int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, offset - lineStarts[line]);
    }
}
