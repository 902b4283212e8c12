package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.llm.FakeModelServer;
import dev.specls.llm.FakeModelServer.Reply;
import dev.specls.llm.PlanTexts;
import dev.specls.llm.Provider;
import dev.specls.workspace.Uris;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server as an editor starts it, its stderr captured: the user's key, sent to a base URL the user's own
 * environment names and refused there (the path that builds the most messages), appears in no log line on stderr
 * and in no message to the editor.
 */
class PlanningSecretsSpawnedTest {

    private static final String KEY = "sk-spawned-61c0e9d24b";

    @TempDir
    Path folder;

    @Test
    void aRefusedKeyAppearsInNoLogLineAndNoMessage() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer model = new FakeModelServer(Provider.OPENAI).reply(Reply.error(401, Map.of()))) {
            SpawnedServer spawned = new SpawnedServer(folder, Map.of("OPENAI_API_KEY", KEY, "SPECLS_LLM_PROVIDER", "openai",
                    "SPECLS_LLM_MODEL", "test-model", "SPECLS_LLM_BASE_URL", model.baseUrl()));
            try {
                spawned.initialize(ProcessHandle.current().pid());
                ExecutionException refused = assertThrows(ExecutionException.class, () -> spawned.server.getWorkspaceService()
                        .executeCommand(new ExecuteCommandParams("specls.generatePlan", List.of(Map.of("uri", Uris.of(folder.resolve("REQUIREMENTS.md")).toString()))))
                        .get(60, TimeUnit.SECONDS));

                assertTrue(model.requests().get(0).header("Authorization").contains(KEY), "the key went to the base URL the user set");
                assertTrue(refused.getCause().getMessage().contains("refused the API key"), refused.getCause().getMessage());
                assertFalse(refused.getCause().getMessage().contains(KEY));
                for (MessageParams message : spawned.client.logMessages) {
                    assertFalse(message.getMessage().contains(KEY), message.getMessage());
                }
                String stderr = spawned.stderr();
                stderr.lines().forEach(line -> assertFalse(line.contains(KEY), line));
            } finally {
                spawned.destroy();
            }
        }
    }
}
