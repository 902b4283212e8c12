package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.PlaceholderKind;
import dev.specls.workspace.PromptLibrary;
import java.nio.file.Path;

/** {@code prompt/missing-file}: a file an agent prompt attaches ({@code @path}, {@code #file:path}, {@code ${file:path}}) that does not exist. */
final class MissingFile extends PerPromptRule {

    MissingFile() {
        super("prompt/missing-file", Severity.WARNING,
                "A file an agent prompt attaches (@path, #file:path, ${file:path}) exists neither beside the prompt nor at the project's root.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        Path path = prompt.path();
        if (path == null) {
            return;
        }
        for (Placeholder placeholder : prompt.template().body().placeholders()) {
            if (placeholder.kind() != PlaceholderKind.FILE || exists(library, path, placeholder.name())) {
                continue;
            }
            sink.report(prompt.uri(), placeholder.nameSpan(), "\"" + placeholder.name() + "\" exists neither beside this prompt nor at the project's root: "
                    + prompt.template().flavor().tool() + " attaches nothing for it. Fix the path or create the file.");
        }
    }

    @Override
    boolean rechecksFindings() {
        return true;
    }

    private static boolean exists(PromptLibrary library, Path prompt, String written) {
        if (written.startsWith("~") || written.contains("*")) {
            return true;
        }
        try {
            Path folder = prompt.getParent();
            if (library.exists(folder.resolve(written))) {
                return true;
            }
            Path root = projectRoot(prompt);
            return root != null && library.exists(root.resolve(written.startsWith("/") ? written.substring(1) : written));
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    /** The folder that holds the tool's settings folder ({@code .claude}, {@code .github}), which the tool resolves paths from. */
    private static Path projectRoot(Path prompt) {
        for (Path at = prompt.getParent(); at != null; at = at.getParent()) {
            Path name = at.getFileName();
            if (name != null && (name.toString().equals(".claude") || name.toString().equals(".github"))) {
                return at.getParent();
            }
        }
        return prompt.getParent();
    }
}
