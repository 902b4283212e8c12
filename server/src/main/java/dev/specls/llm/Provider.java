package dev.specls.llm;

import java.util.List;
import java.util.Locale;

/**
 * The model services specls talks to through langchain4j. An OpenAI-compatible server (vLLM, LM Studio,
 * llama.cpp, a gateway) is {@link #OPENAI} with a {@code baseUrl}.
 */
public enum Provider {
    OPENAI("openai", List.of("openai-compatible", "azure"), "OPENAI_API_KEY", "https://api.openai.com/v1", "gpt-4o", true),
    ANTHROPIC("anthropic", List.of("claude"), "ANTHROPIC_API_KEY", "https://api.anthropic.com/v1/", "claude-sonnet-4-20250514", true),
    OLLAMA("ollama", List.of(), null, "http://localhost:11434", "llama3.1", false),
    GEMINI("gemini", List.of("google", "google-ai-gemini"), "GEMINI_API_KEY", "https://generativelanguage.googleapis.com/v1beta", "gemini-2.0-flash", true);

    private final String word;
    private final List<String> aliases;
    private final String keyVariable;
    private final String defaultBaseUrl;
    private final String defaultModel;
    private final boolean needsKey;

    Provider(String word, List<String> aliases, String keyVariable, String defaultBaseUrl, String defaultModel, boolean needsKey) {
        this.word = word;
        this.aliases = aliases;
        this.keyVariable = keyVariable;
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
        this.needsKey = needsKey;
    }

    /** The name settings use: {@code openai}, {@code anthropic}, {@code ollama}, {@code gemini}. */
    public String word() {
        return word;
    }

    /** The variable the provider's own tools read the key from, or {@code null} when it takes none. */
    public String keyVariable() {
        return keyVariable;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public String defaultModel() {
        return defaultModel;
    }

    /** False for a local server that answers without a key. */
    public boolean needsKey() {
        return needsKey;
    }

    /** The provider a settings word names (case-insensitive, sago's names included), or {@code null}. */
    public static Provider fromWord(String text) {
        if (text == null) {
            return null;
        }
        String word = text.strip().toLowerCase(Locale.ROOT);
        for (Provider provider : values()) {
            if (provider.word.equals(word) || provider.aliases.contains(word)) {
                return provider;
            }
        }
        return null;
    }

    /** The words settings accept, for messages. */
    public static String words() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Provider::word).toList());
    }
}
