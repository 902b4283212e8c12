package dev.specls.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.llm.LlmSettings.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where each planning setting comes from, which wins, and who set the base URL. */
class LlmSettingsReaderTest {

    @TempDir
    Path folder;

    @Test
    void sagosDotenvWorksAsItDoesForSago() throws Exception {
        Files.writeString(folder.resolve(".env"), "# sago\nLLM_PROVIDER=anthropic\nLLM_MODEL='claude-3-5-haiku-latest'\n"
                + "export LLM_TEMPERATURE=0.4\nLLM_MAX_TOKENS=\"2048\"\nLLM_API_KEY=from-dotenv\n");
        LlmSettings settings = LlmSettingsReader.read(folder, null, Map.of(), Map.of());
        assertEquals(Provider.ANTHROPIC, settings.provider());
        assertEquals("claude-3-5-haiku-latest", settings.model());
        assertEquals(0.4, settings.temperature());
        assertEquals(2048, settings.maxTokens());
        assertEquals("from-dotenv", settings.workspaceKey());
        assertTrue(settings.problems().isEmpty(), String.valueOf(settings.problems()));
    }

    @Test
    void laterLayersWinAndTheBaseUrlRemembersWhoSetIt() throws Exception {
        Files.writeString(folder.resolve(".env"), "LLM_PROVIDER=anthropic\nLLM_MODEL=claude-x\n");
        Files.writeString(folder.resolve(".specls.toml"), "[llm]\nprovider = \"openai\"\nmodel = \"from-toml\"\nbaseUrl = \"http://127.0.0.1:7/v1\"\n"
                + "maxRepairs = 4\nstructuredOutput = true\n");
        LlmSettings workspace = LlmSettingsReader.read(folder, folder.resolve(".specls.toml"), Map.of(), Map.of("LLM_MODEL", "from-env"));
        assertEquals(Provider.OPENAI, workspace.provider());
        assertEquals("from-toml", workspace.model());
        assertEquals(Origin.WORKSPACE, workspace.baseUrlOrigin());
        assertEquals(4, workspace.maxRepairs());
        assertTrue(workspace.structuredOutput());

        LlmSettings user = LlmSettingsReader.read(folder, folder.resolve(".specls.toml"), Map.of("model", "from-editor"),
                Map.of("SPECLS_LLM_BASE_URL", "http://127.0.0.1:8/v1", "SPECLS_LLM_MODEL", "from-specls-env"));
        assertEquals("from-editor", user.model());
        assertEquals("http://127.0.0.1:8/v1", user.baseUrl());
        assertEquals(Origin.USER, user.baseUrlOrigin());
    }

    @Test
    void litellmNamesAndBareModelsImplyTheirProvider() {
        assertEquals(Provider.OLLAMA, LlmSettingsReader.read(null, null, Map.of("model", "ollama/llama3"), Map.of()).provider());
        assertEquals("llama3", LlmSettingsReader.read(null, null, Map.of("model", "ollama/llama3"), Map.of()).model());
        assertEquals(Provider.GEMINI, LlmSettingsReader.read(null, null, Map.of("model", "gemini-2.5-pro"), Map.of()).provider());
        assertNull(LlmSettingsReader.read(null, null, Map.of("model", "mistral-7b"), Map.of()).provider());
        assertEquals("gpt-4o", LlmSettingsReader.read(null, null, Map.of("provider", "openai"), Map.of()).model());
    }

    @Test
    void mistakesAreDescribedAndSkipped() throws Exception {
        Files.writeString(folder.resolve(".specls.toml"), "[llm]\nprovider = \"openia\"\ntemperature = 9\nmaxRepairs = 1.5\nbaseUrl = \"localhost:1\"\n"
                + "apiKey = \"sk-in-a-file\"\ncolour = 1\n[llm.prices]\nx = 3\n");
        LlmSettings settings = LlmSettingsReader.read(folder, folder.resolve(".specls.toml"), Map.of("apiKey", "sk-in-settings"), Map.of());
        String problems = String.join("\n", settings.problems());
        assertNull(settings.provider());
        assertTrue(problems.contains("\"openia\", which is no provider"), problems);
        assertTrue(problems.contains("temperature must be a number from 0 to 2"), problems);
        assertTrue(problems.contains("maxRepairs must be a whole number"), problems);
        assertTrue(problems.contains("must be an http:// or https:// URL"), problems);
        assertTrue(problems.contains("apiKey is not read from a workspace file"), problems);
        assertTrue(problems.contains("specls.llm.apiKey is not read"), problems);
        assertTrue(problems.contains("unknown key \"colour\""), problems);
        assertTrue(problems.contains("prices"), problems);
        assertFalse(problems.contains("sk-in"), "a key written where it should not be is never repeated");
        assertEquals(LlmSettings.DEFAULT_TEMPERATURE, settings.temperature());
        assertEquals(LlmSettings.DEFAULT_MAX_REPAIRS, settings.maxRepairs());
        assertNull(settings.baseUrl());
    }

    @Test
    void keysComeFromTheDocumentedPlacesInOrder() {
        LlmSettings openai = LlmSettingsReader.read(null, null, Map.of("provider", "openai"), Map.of());
        assertEquals("specls", Credentials.connect(openai, Map.of("SPECLS_LLM_API_KEY", "specls", "OPENAI_API_KEY", "own", "LLM_API_KEY", "sago")).key());
        assertEquals("own", Credentials.connect(openai, Map.of("OPENAI_API_KEY", "own", "LLM_API_KEY", "sago")).key());
        assertEquals("sago", Credentials.connect(openai, Map.of("LLM_API_KEY", "sago")).key());
        LlmSettings gemini = LlmSettingsReader.read(null, null, Map.of("provider", "gemini"), Map.of());
        assertEquals("google", Credentials.connect(gemini, Map.of("GOOGLE_API_KEY", "google")).key());
        assertEquals("[key] and more", Credentials.redact("secret-value and more", java.util.List.of("secret-value")));
    }

    @Test
    void aWorkspacePromptReplacesTheShippedOne() throws Exception {
        Path nested = Files.createDirectories(folder.resolve("specs/app"));
        Files.createDirectories(folder.resolve(".specls/prompts"));
        Files.writeString(folder.resolve(".specls/prompts/repair.prompt.md"), "---\ndescription: ours\n---\nFix: ${input:diagnostics:the list} ${input:missing}.\n");
        assertEquals("Fix: - a .\n", new Prompts(nested, folder).render("repair", Map.of("diagnostics", "- a")));
        assertTrue(new Prompts(nested, nested).render("repair", Map.of("diagnostics", "- a")).contains("specls checked your answer"),
                "nothing above the root is read");
        for (String name : new String[] {"planner", "plan", "repair", "replanner", "replan", "reviewer", "review", "architect", "requirements",
                "plan-requirement", "suggest-verify", "split-task"}) {
            String template = Prompts.shipped(name);
            assertTrue(template.startsWith("---\ndescription: "), name);
        }
    }
}
