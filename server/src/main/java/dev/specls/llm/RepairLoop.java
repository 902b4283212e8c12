package dev.specls.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Generate → check → repair: the model's answer is checked, and while it has errors it goes back to the model with
 * every diagnostic listed, up to {@code maxRepairs} times. The loop never returns a broken answer as clean.
 */
final class RepairLoop {

    /**
     * An answer after checking.
     *
     * @param result   what the answer makes (a file's text, a command), or {@code null} when nothing could be read from it
     * @param errors   what must be fixed before the result is used, one line each
     * @param warnings what the user should know, which does not stop the result
     */
    record Checked(String result, List<String> errors, List<String> warnings) {
        boolean clean() {
            return result != null && errors.isEmpty();
        }
    }

    /**
     * @param checked the last answer's check
     * @param answer  the last raw answer
     * @param requests how many requests were sent
     */
    record Outcome(Checked checked, String answer, int requests) {
    }

    private final ChatClient client;
    private final Prompts prompts;
    private final int maxRepairs;
    private final PlanningProgress progress;

    RepairLoop(ChatClient client, Prompts prompts, int maxRepairs, PlanningProgress progress) {
        this.client = client;
        this.prompts = prompts;
        this.maxRepairs = maxRepairs;
        this.progress = progress;
    }

    Outcome run(String system, String user, ResponseFormat format, Function<String, Checked> check) throws LlmException {
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(system), UserMessage.from(user)));
        int attempts = maxRepairs + 1;
        String answer = null;
        Checked checked = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            progress.report("asking " + client.connection().provider().word() + " " + client.connection().model()
                    + (attempt == 1 ? "" : " again (repair " + (attempt - 1) + " of " + maxRepairs + ")"), percentage(attempt - 1, attempts));
            answer = client.answer(messages, format);
            progress.report("checking the answer", percentage(attempt - 1, attempts) + 100 / attempts / 2);
            checked = check.apply(answer);
            if (checked.clean() || attempt == attempts) {
                break;
            }
            messages.add(AiMessage.from(answer.isEmpty() ? "(empty answer)" : answer));
            messages.add(UserMessage.from(prompts.render("repair", Map.of("diagnostics", bullets(checked.errors())))));
        }
        return new Outcome(checked, answer, client.requests());
    }

    static String bullets(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString().stripTrailing();
    }

    private static int percentage(int done, int of) {
        return Math.min(99, done * 100 / of);
    }
}
