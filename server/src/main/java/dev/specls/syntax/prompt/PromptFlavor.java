package dev.specls.syntax.prompt;

import dev.specls.syntax.FileKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which tool reads a prompt file, told by its path as FORMATS.md §5 gives it: the tool decides the
 * frontmatter keys, how inputs are declared and which template language the body is in.
 */
public enum PromptFlavor {
    /** A SASE xprompt: {@code xprompts/**}{@code /*.md}, and any file a {@code [files] prompt} glob selects. */
    SASE(FileKind.PROMPT, "SASE", Set.of("name", "description", "snippet", "skill", "keywords", "tags", "xprompts", "output", "input")),
    /** A Prompty file, {@code *.prompty}: unknown top-level keys are allowed. */
    PROMPTY(new FileKind("PROMPTY"), "Prompty", Set.of("name", "displayName", "description", "metadata", "model", "inputs", "outputs", "tools",
            "template", "sample", "authors", "version", "tags", "base")),
    /** A dotprompt file, {@code *.prompt}; a partial is {@code _name.prompt}. */
    DOTPROMPT(new FileKind("DOTPROMPT"), "dotprompt", Set.of("name", "variant", "version", "description", "model", "tools", "config", "input",
            "output", "metadata", "raw", "ext")),
    /** A VS Code prompt file, {@code *.prompt.md} or under {@code .github/prompts/}. */
    VSCODE_PROMPT(new FileKind("VSCODE_PROMPT"), "VS Code", Set.of("description", "mode", "agent", "model", "tools", "name", "argument-hint")),
    /** A Claude Code command, {@code .claude/commands/**}{@code /*.md}. */
    CLAUDE_COMMAND(new FileKind("CLAUDE_COMMAND"), "Claude Code", Set.of("description", "argument-hint", "allowed-tools", "model", "disable-model-invocation")),
    /** An agent skill, {@code SKILL.md}. */
    SKILL(new FileKind("SKILL"), "Claude Code", Set.of("name", "description", "allowed-tools", "license", "metadata", "model", "version"));

    /** The variables VS Code substitutes in a prompt file; any other {@code ${name}} stays as written. */
    public static final List<String> VSCODE_VARIABLES = List.of("workspaceFolder", "workspaceFolderBasename", "file", "fileBasename",
            "fileDirname", "fileBasenameNoExtension", "selection", "selectedText");

    private final FileKind kind;
    private final String tool;
    private final Set<String> frontmatterKeys;

    PromptFlavor(FileKind kind, String tool, Set<String> frontmatterKeys) {
        this.kind = kind;
        this.tool = tool;
        this.frontmatterKeys = frontmatterKeys;
    }

    /** The file kind of this dialect's files; SASE's is the kind {@code [files] prompt} globs select. */
    public FileKind kind() {
        return kind;
    }

    /** The tool that reads this kind of file, for messages. */
    public String tool() {
        return tool;
    }

    /** The top-level frontmatter keys the tool reads. */
    public Set<String> frontmatterKeys() {
        return frontmatterKeys;
    }

    /** True when the tool rejects or ignores keys it does not know; Prompty keeps them as metadata. */
    public boolean checksFrontmatterKeys() {
        return this != PROMPTY;
    }

    /** The flavor a path names; a file under {@code xprompts/} that matches no other pattern is SASE's. */
    public static PromptFlavor of(String path) {
        String slashes = path.replace('\\', '/');
        String name = slashes.substring(slashes.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".prompty")) {
            return PROMPTY;
        }
        if (lower.endsWith(".prompt")) {
            return DOTPROMPT;
        }
        if (name.equals("SKILL.md")) {
            return SKILL;
        }
        if (slashes.contains("/.claude/commands/") || slashes.startsWith(".claude/commands/")) {
            return CLAUDE_COMMAND;
        }
        if (slashes.contains("/xprompts/") || slashes.contains("/.xprompts/") || slashes.startsWith("xprompts/")
                || slashes.startsWith(".xprompts/")) {
            return lower.endsWith(".prompt.md") ? VSCODE_PROMPT : SASE;
        }
        return VSCODE_PROMPT;
    }
}
