package dev.specls.llm;

import dev.specls.config.TomlTables;
import dev.specls.llm.LlmSettings.Origin;
import dev.specls.llm.LlmSettings.Price;
import dev.specls.text.SafeFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link LlmSettings} from, lowest first: a {@code .env} beside the spec set (sago's {@code LLM_PROVIDER},
 * {@code LLM_MODEL}, {@code LLM_API_KEY}, {@code LLM_TEMPERATURE}, {@code LLM_MAX_TOKENS}), the same variables in
 * the user's environment, {@code [llm]} in the folder's {@code .specls.toml}, {@code SPECLS_LLM_PROVIDER},
 * {@code SPECLS_LLM_MODEL} and {@code SPECLS_LLM_BASE_URL}, and last the editor's {@code specls.llm} settings or the
 * command line's flags. A mistake skips that one value and is described; nothing here throws.
 */
public final class LlmSettingsReader {

    public static final String DOTENV = ".env";
    static final List<String> KEYS = List.of("provider", "model", "baseUrl", "temperature", "maxTokens", "timeoutSeconds", "maxRepairs",
            "structuredOutput", "prices");
    private static final Map<String, String> SAGO_VARIABLES = Map.of(
            "LLM_PROVIDER", "provider", "LLM_MODEL", "model", "LLM_TEMPERATURE", "temperature", "LLM_MAX_TOKENS", "maxTokens");
    private static final Map<String, String> SPECLS_VARIABLES = Map.of(
            "SPECLS_LLM_PROVIDER", "provider", "SPECLS_LLM_MODEL", "model", "SPECLS_LLM_BASE_URL", "baseUrl");

    private LlmSettingsReader() {
    }

    /**
     * @param folder      the spec set's folder, where {@code .env} is looked for; {@code null} for none
     * @param configFile  the {@code .specls.toml} that applies to the folder, or {@code null}
     * @param user        the editor's {@code specls.llm} object or the command line's flags (same keys)
     * @param environment the user's environment variables
     */
    public static LlmSettings read(Path folder, Path configFile, Map<String, ?> user, Map<String, String> environment) {
        Layers layers = new Layers();
        Map<String, String> dotenv = folder == null ? Map.of() : Dotenv.read(folder.resolve(DOTENV));
        SAGO_VARIABLES.forEach((variable, key) -> layers.put(key, dotenv.get(variable), Origin.WORKSPACE, DOTENV + " " + variable));
        SAGO_VARIABLES.forEach((variable, key) -> layers.put(key, environment.get(variable), Origin.USER, "environment variable " + variable));
        if (configFile != null) {
            readToml(configFile, layers);
        }
        SPECLS_VARIABLES.forEach((variable, key) -> layers.put(key, environment.get(variable), Origin.USER, "environment variable " + variable));
        if (user != null) {
            user.forEach((key, value) -> {
                if (KEYS.contains(key)) {
                    layers.put(key, value, Origin.USER, "setting specls.llm." + key);
                } else if (!"apiKey".equals(key)) {
                    layers.problems.add("setting specls.llm." + key + " is unknown (known: " + String.join(", ", KEYS) + ")");
                } else {
                    layers.problems.add("setting specls.llm.apiKey is not read: keep keys out of settings files, in SPECLS_LLM_API_KEY or "
                            + "the provider's own variable");
                }
            });
        }
        return layers.settings(dotenv);
    }

    private static void readToml(Path configFile, Layers layers) {
        SafeFileReader.Result read = SafeFileReader.read(configFile, null);
        if (!(read instanceof SafeFileReader.Read text)) {
            return;
        }
        Map<String, Object> tree;
        try {
            tree = TomlTables.read(text.text());
        } catch (java.io.IOException | RuntimeException invalid) {
            // The checker already reports a broken .specls.toml; the planning commands go on without it.
            return;
        }
        if (tree == null || !(tree.get("llm") instanceof Map<?, ?> table)) {
            return;
        }
        String source = configFile.getFileName() + " [llm]";
        table.forEach((key, value) -> {
            if (KEYS.contains(String.valueOf(key))) {
                layers.put(String.valueOf(key), value, Origin.WORKSPACE, source + " " + key);
            } else if ("apiKey".equals(key)) {
                layers.problems.add(source + ": apiKey is not read from a workspace file; use SPECLS_LLM_API_KEY or the provider's variable");
            } else {
                layers.problems.add(source + ": unknown key \"" + key + "\" (known: " + String.join(", ", KEYS) + ")");
            }
        });
    }

    /** The values read so far, each replaced by a later layer, with where each came from. */
    private static final class Layers {
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, Origin> origins = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, Price> prices = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        void put(String key, Object value, Origin origin, String source) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                return;
            }
            if (key.equals("prices")) {
                readPrices(value, source);
                return;
            }
            values.put(key, value);
            origins.put(key, origin);
            sources.put(key, source);
        }

        private void readPrices(Object value, String source) {
            if (!(value instanceof Map<?, ?> table)) {
                problems.add(source + " must be a table of models, each with input and output USD per million tokens");
                return;
            }
            table.forEach((model, price) -> {
                if (price instanceof Map<?, ?> pair && pair.get("input") instanceof Number input && pair.get("output") instanceof Number output
                        && input.doubleValue() >= 0 && output.doubleValue() >= 0) {
                    prices.put(String.valueOf(model), new Price(input.doubleValue(), output.doubleValue()));
                } else {
                    problems.add(source + "." + model + " must be { input = USD, output = USD } per million tokens, got " + price);
                }
            });
        }

        LlmSettings settings(Map<String, String> dotenv) {
            String model = text("model");
            Provider provider = null;
            if (values.containsKey("provider")) {
                provider = Provider.fromWord(text("provider"));
                if (provider == null) {
                    problems.add(sources.get("provider") + " names \"" + text("provider") + "\", which is no provider (known: "
                            + Provider.words() + ")");
                }
            }
            // sago's models are litellm names: "ollama/llama3", "anthropic/claude-…" name their provider first.
            if (model != null && model.contains("/")) {
                Provider prefixed = Provider.fromWord(model.substring(0, model.indexOf('/')));
                if (prefixed != null && (provider == null || provider == prefixed)) {
                    provider = prefixed;
                    model = model.substring(model.indexOf('/') + 1);
                }
            }
            if (provider == null && model != null && !values.containsKey("provider")) {
                provider = byModelName(model);
            }
            String baseUrl = text("baseUrl");
            if (baseUrl != null && !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
                problems.add(sources.get("baseUrl") + " must be an http:// or https:// URL, got \"" + baseUrl + "\"; the provider's default is used");
                baseUrl = null;
            }
            return new LlmSettings(provider, model != null ? model : provider == null ? "" : provider.defaultModel(), baseUrl,
                    baseUrl == null ? null : origins.get("baseUrl"),
                    number("temperature", 0, 2, LlmSettings.DEFAULT_TEMPERATURE, false),
                    (int) number("maxTokens", 1, 1_000_000, LlmSettings.DEFAULT_MAX_TOKENS, true),
                    (int) number("timeoutSeconds", 1, 3600, LlmSettings.DEFAULT_TIMEOUT_SECONDS, true),
                    (int) number("maxRepairs", 0, 10, LlmSettings.DEFAULT_MAX_REPAIRS, true),
                    flag("structuredOutput"), Map.copyOf(prices), Credentials.dotenvKey(dotenv, provider), List.copyOf(problems));
        }

        private String text(String key) {
            Object value = values.get(key);
            return value == null ? null : String.valueOf(value).strip();
        }

        private boolean flag(String key) {
            Object value = values.get(key);
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean bool) {
                return bool;
            }
            String word = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
            if (word.equals("true") || word.equals("false")) {
                return word.equals("true");
            }
            problems.add(sources.get(key) + " must be true or false, got " + value);
            return false;
        }

        private double number(String key, double minimum, double maximum, double fallback, boolean whole) {
            Object value = values.get(key);
            if (value == null) {
                return fallback;
            }
            double number;
            try {
                number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value).strip());
            } catch (NumberFormatException notNumber) {
                number = Double.NaN;
            }
            if (Double.isNaN(number) || number < minimum || number > maximum || (whole && number != Math.rint(number))) {
                problems.add(sources.get(key) + " must be " + (whole ? "a whole number" : "a number") + " from " + format(minimum) + " to "
                        + format(maximum) + ", got " + value + "; using " + format(fallback));
                return fallback;
            }
            return number;
        }

        private static String format(double number) {
            return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
        }
    }

    /** The provider a bare model name implies, as sago's litellm guesses it; {@code null} when it implies none. */
    static Provider byModelName(String model) {
        String name = model.toLowerCase(Locale.ROOT);
        if (name.startsWith("gpt-") || name.startsWith("o1") || name.startsWith("o3") || name.startsWith("o4") || name.startsWith("chatgpt")) {
            return Provider.OPENAI;
        }
        if (name.startsWith("claude")) {
            return Provider.ANTHROPIC;
        }
        if (name.startsWith("gemini")) {
            return Provider.GEMINI;
        }
        return null;
    }
}
