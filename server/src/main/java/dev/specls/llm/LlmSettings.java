package dev.specls.llm;

import java.util.List;
import java.util.Map;

/**
 * How the planning commands reach a model, merged from {@code .env} (sago's variables), {@code [llm]} in
 * {@code .specls.toml}, the user's environment and the editor's settings or the command line, with who set
 * the base URL: a key from the user's environment goes only where the user said.
 *
 * @param provider         the provider, or {@code null} when none is configured
 * @param model            the model name, never blank
 * @param baseUrl          the endpoint the user or the workspace chose, or {@code null} for the provider's default
 * @param baseUrlOrigin    who chose {@code baseUrl}; {@code null} without one
 * @param temperature      sampling temperature
 * @param maxTokens        the most tokens one answer may have
 * @param timeoutSeconds   how long one request may take
 * @param maxRepairs       how many times a broken answer is sent back with its diagnostics
 * @param structuredOutput ask for the plan as JSON against a schema instead of sago's XML
 * @param prices           USD per million tokens by model name, over the built-in table
 * @param workspaceKey     the key a workspace file ({@code .env}) holds, or {@code null}
 * @param problems         what was wrong with the settings, for the user
 */
public record LlmSettings(Provider provider, String model, String baseUrl, Origin baseUrlOrigin, double temperature, int maxTokens,
        int timeoutSeconds, int maxRepairs, boolean structuredOutput, Map<String, Price> prices, String workspaceKey, List<String> problems) {

    public static final double DEFAULT_TEMPERATURE = 0.1;
    public static final int DEFAULT_MAX_TOKENS = 4096;
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;
    public static final int DEFAULT_MAX_REPAIRS = 2;

    /** Who set a value: only the user's own settings may send the user's key somewhere other than the provider. */
    public enum Origin {
        /** Editor settings, {@code initializationOptions}, command-line flags, {@code SPECLS_LLM_*} variables. */
        USER,
        /** {@code .specls.toml} or {@code .env}: files anyone who wrote the repository chose. */
        WORKSPACE
    }

    /** USD per million input and output tokens. */
    public record Price(double input, double output) {
    }

    /** True when a provider is configured, so the commands can run. */
    public boolean configured() {
        return provider != null;
    }

    /** The endpoint requests go to. */
    public String endpoint() {
        return baseUrl != null ? baseUrl : provider.defaultBaseUrl();
    }
}
