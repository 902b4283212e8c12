package dev.specls.llm;

import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;
import dev.specls.llm.LlmSettings.Price;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a planning command would cost, without the network (sago's dry run): per step, the input tokens (counted
 * with the model's own tokenizer where langchain4j has one offline — OpenAI's — else estimated at four characters a
 * token, and said so), the output tokens expected, and the cost from a price table that {@code [llm.prices]} overrides.
 */
public final class Estimate {

    /** Built-in USD per million tokens (input, output), by model name prefix; they change, so [llm.prices] wins. */
    private static final Map<String, Price> PRICES = Map.ofEntries(
            Map.entry("gpt-4o-mini", new Price(0.15, 0.60)),
            Map.entry("gpt-4o", new Price(2.50, 10.00)),
            Map.entry("gpt-4.1-mini", new Price(0.40, 1.60)),
            Map.entry("gpt-4.1-nano", new Price(0.10, 0.40)),
            Map.entry("gpt-4.1", new Price(2.00, 8.00)),
            Map.entry("o3-mini", new Price(1.10, 4.40)),
            Map.entry("o4-mini", new Price(1.10, 4.40)),
            Map.entry("claude-sonnet-4", new Price(3.00, 15.00)),
            Map.entry("claude-3-7-sonnet", new Price(3.00, 15.00)),
            Map.entry("claude-3-5-sonnet", new Price(3.00, 15.00)),
            Map.entry("claude-opus-4", new Price(15.00, 75.00)),
            Map.entry("claude-3-5-haiku", new Price(0.80, 4.00)),
            Map.entry("gemini-2.0-flash", new Price(0.10, 0.40)),
            Map.entry("gemini-2.5-flash", new Price(0.30, 2.50)),
            Map.entry("gemini-2.5-pro", new Price(1.25, 10.00)));
    /** What one diagnostic line of a repair adds, in tokens, and how many a repair is reckoned to list. */
    private static final int TOKENS_PER_DIAGNOSTIC = 40;
    private static final int DIAGNOSTICS_PER_REPAIR = 4;

    /**
     * One request of the command.
     *
     * @param name           what the step is
     * @param inputTokens    tokens sent
     * @param outputTokens   tokens expected back (at most maxTokens)
     * @param cost           USD, or {@code null} when the model has no price
     */
    public record Step(String name, int inputTokens, int outputTokens, Double cost) {
    }

    /**
     * @param steps     the first request, then each repair that a broken answer would cost
     * @param exact     true when the input tokens were counted with the model's tokenizer
     * @param tokenizer how the tokens were counted, for the user
     * @param priceNote where the price came from, or why there is none
     */
    public record Result(String command, String model, List<Step> steps, boolean exact, String tokenizer, String priceNote) {
        /** The first step's input tokens: what a code action's title shows. */
        public int firstInputTokens() {
            return steps.get(0).inputTokens();
        }
    }

    private Estimate() {
    }

    /**
     * @param tokenize count with the model's tokenizer where there is one; loading OpenAI's takes seconds and over
     *                 100 MB, which a code action title is not worth
     */
    static Result of(Planner.Job job, LlmSettings settings, boolean tokenize) {
        Provider provider = settings.provider();
        String model = settings.model().isBlank() ? "(no model)" : settings.model();
        Counter counter = counter(provider, settings.model(), tokenize);
        Price price = price(settings);
        int first = counter.count(job.system()) + counter.count(job.user());
        int output = Math.min(settings.maxTokens(), job.expectedOutputTokens());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(job.title(), first, output, cost(price, first, output)));
        int input = first;
        int repairs = job.repairs() ? settings.maxRepairs() : 0;
        for (int repair = 1; repair <= repairs; repair++) {
            input += output + TOKENS_PER_DIAGNOSTIC * DIAGNOSTICS_PER_REPAIR + 60;
            steps.add(new Step("repair " + repair + " (only if the answer has errors)", input, output, cost(price, input, output)));
        }
        String priceNote = price == null ? "no price for " + model + ": add [llm.prices.\"" + model + "\"] input = …, output = … (USD per million tokens)"
                : settings.prices().containsKey(model) ? "prices from [llm.prices]"
                : provider == Provider.OLLAMA ? "a local model costs nothing per token"
                : "built-in prices (USD per million tokens, may be out of date; [llm.prices] overrides)";
        return new Result(job.title(), model, steps, counter.exact(), counter.name(), priceNote);
    }

    private interface Counter {
        int count(String text);

        boolean exact();

        String name();
    }

    private static Counter counter(Provider provider, String model, boolean tokenize) {
        if (tokenize && provider == Provider.OPENAI && model != null && !model.isBlank()) {
            try {
                OpenAiTokenCountEstimator tokenizer = new OpenAiTokenCountEstimator(model);
                return new Counter() {
                    public int count(String text) {
                        return tokenizer.estimateTokenCountInText(text);
                    }

                    public boolean exact() {
                        return true;
                    }

                    public String name() {
                        return "counted with " + model + "'s tokenizer";
                    }
                };
            } catch (RuntimeException unknownModel) {
                // An OpenAI-compatible server's own model: no tokenizer offline, so estimate.
            }
        }
        return new Counter() {
            public int count(String text) {
                return Planner.estimateTokens(text);
            }

            public boolean exact() {
                return false;
            }

            public String name() {
                return "estimated at 4 characters a token (" + (!tokenize ? "a rough count"
                        : "no offline tokenizer for " + (provider == null ? "this model" : provider.word() + " " + model)) + ")";
            }
        };
    }

    private static Price price(LlmSettings settings) {
        String model = settings.model();
        if (settings.prices().containsKey(model)) {
            return settings.prices().get(model);
        }
        if (settings.provider() == Provider.OLLAMA) {
            return new Price(0, 0);
        }
        String name = model.toLowerCase(Locale.ROOT);
        String best = null;
        for (String prefix : PRICES.keySet()) {
            if (name.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : PRICES.get(best);
    }

    private static Double cost(Price price, int input, int output) {
        return price == null ? null : (input * price.input() + output * price.output()) / 1_000_000;
    }

    /** The estimate as the command line prints it. */
    public static String format(Result result) {
        StringBuilder text = new StringBuilder();
        text.append(result.command()).append(" with ").append(result.model()).append(": input tokens ").append(result.tokenizer()).append('\n');
        double total = 0;
        boolean priced = true;
        for (Step step : result.steps()) {
            text.append(String.format(Locale.ROOT, "  %-40s %8d in %8d out  %s%n", step.name(), step.inputTokens(), step.outputTokens(),
                    step.cost() == null ? "cost unknown" : String.format(Locale.ROOT, "$%.4f", step.cost())));
            if (step.cost() == null) {
                priced = false;
            } else {
                total += step.cost();
            }
        }
        if (priced) {
            text.append(String.format(Locale.ROOT, "  %-40s %s%n", "at most, with every repair", String.format(Locale.ROOT, "$%.4f", total)));
        }
        text.append("  ").append(result.priceNote()).append('\n');
        return text.toString();
    }
}
