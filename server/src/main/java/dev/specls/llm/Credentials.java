package dev.specls.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a request goes and with which key. The key comes from {@code SPECLS_LLM_API_KEY}, else the provider's
 * own variable ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code GEMINI_API_KEY}), else {@code LLM_API_KEY},
 * else a {@code .env} beside the spec set. A key from the user's environment goes only to the provider's default
 * endpoint or to a base URL the user set: a base URL that only a workspace file names gets no such key, so a cloned
 * repository cannot collect it.
 */
final class Credentials {

    static final String SPECLS_KEY = "SPECLS_LLM_API_KEY";
    static final String SAGO_KEY = "LLM_API_KEY";

    private Credentials() {
    }

    /**
     * @param endpoint     the URL requests go to
     * @param key          the key sent, or {@code null}
     * @param keySource    where the key came from, for messages (never the key itself); {@code null} without one
     * @param withheldNote why a key the user has was not sent, or {@code null}
     */
    record Connection(Provider provider, String model, String endpoint, String key, String keySource, String withheldNote) {

        /** Every secret this connection knows, so that no message repeats one. */
        List<String> secrets() {
            return key == null ? List.of() : List.of(key);
        }

        @Override
        public String toString() {
            return "Connection[" + provider.word() + " " + model + " at " + endpoint + ", key from " + keySource + "]";
        }
    }

    static Connection connect(LlmSettings settings, Map<String, String> environment) {
        Provider provider = settings.provider();
        String endpoint = settings.endpoint();
        List<String> variables = new ArrayList<>();
        variables.add(SPECLS_KEY);
        if (provider.keyVariable() != null) {
            variables.add(provider.keyVariable());
        }
        if (provider == Provider.GEMINI) {
            variables.add("GOOGLE_API_KEY");
        }
        variables.add(SAGO_KEY);
        String userKey = null;
        String userSource = null;
        for (String variable : variables) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                userKey = value.strip();
                userSource = variable;
                break;
            }
        }
        boolean workspaceEndpoint = settings.baseUrl() != null && settings.baseUrlOrigin() == LlmSettings.Origin.WORKSPACE;
        if (userKey != null && !workspaceEndpoint) {
            return new Connection(provider, settings.model(), endpoint, userKey, userSource, null);
        }
        String note = userKey == null ? null
                : "the key in " + userSource + " is not sent to " + endpoint + ", which only a workspace file names; to send it there, set "
                        + "specls.llm.baseUrl in the editor's settings, SPECLS_LLM_BASE_URL or --base-url";
        if (settings.workspaceKey() != null) {
            return new Connection(provider, settings.model(), endpoint, settings.workspaceKey(), LlmSettingsReader.DOTENV, note);
        }
        return new Connection(provider, settings.model(), endpoint, null, null, note);
    }

    /** The key a {@code .env} holds for this provider: {@code LLM_API_KEY}, else the provider's own variable, as sago reads it. */
    static String dotenvKey(Map<String, String> dotenv, Provider provider) {
        String key = dotenv.get(SAGO_KEY);
        if ((key == null || key.isBlank()) && provider != null && provider.keyVariable() != null) {
            key = dotenv.get(provider.keyVariable());
        }
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** The text with every secret replaced: messages quote server answers, which may echo a key. */
    static String redact(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                redacted = redacted.replace(secret, "[key]");
            }
        }
        return redacted;
    }
}
