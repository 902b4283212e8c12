-- BEGIN GENERATED from clients/contributions.json by clients/generate.mjs.
-- Edit that file, then run `npm run generate` in clients/vscode.
return {
  settings = {
    {
      key = "rules",
      client = false,
      description = "Severity per rule code, overriding `.specls.toml` (`\"plan/broad-task\": \"off\"`). Levels: error, warning, information, hint, off. Every code is listed in docs/rules.md.",
    },
    {
      key = "files.plan",
      client = false,
      description = "Extra globs, relative to the workspace root, of files to read as plans (besides PLAN.md and any Markdown file holding a `<phases>` block).",
    },
    {
      key = "files.requirements",
      client = false,
      description = "Extra globs, relative to the workspace root, of files to read as requirements (besides REQUIREMENTS.md).",
    },
    {
      key = "files.state",
      client = false,
      description = "Extra globs, relative to the workspace root, of files to read as state (besides STATE.md).",
    },
    {
      key = "files.project",
      client = false,
      description = "Extra globs, relative to the workspace root, of files to read as project descriptions (besides PROJECT.md).",
    },
    {
      key = "files.prompt",
      client = false,
      description = "Extra globs, relative to the workspace root, of files to read as prompt templates (besides *.prompt.md, *.prompty, *.prompt, SKILL.md, xprompts/, .claude/commands/ and .github/prompts/).",
    },
    {
      key = "files.planByContent",
      client = false,
      description = "Globs of files that are plans when their text holds a `<phases>` block (sago's fallback search). Without them, only PLAN.md and the `specls.files.plan` globs are plans.",
    },
    {
      key = "files.exclude",
      client = false,
      description = "Files and folders the workspace scan leaves out, in .gitignore syntax, after `.specls.toml`'s. A file you open is still checked.",
    },
    {
      key = "files.respectGitignore",
      client = false,
      description = "Leave out of the workspace scan what .gitignore files ignore.",
    },
    {
      key = "diagnostics.debounceMs",
      client = false,
      description = "Milliseconds between the last keystroke and fresh diagnostics; 0 re-checks on every change.",
    },
    {
      key = "diagnostics.maxFindingsPerFile",
      client = false,
      description = "At most this many findings per file, the most severe first; one more (workspace/too-many-findings) counts the rest.",
    },
    {
      key = "java.home",
      client = true,
      description = "Folder of the Java 17+ runtime that runs the server (the one holding bin/java). Empty: JAVA_HOME, then `java` on PATH.",
    },
    {
      key = "server.vmargs",
      client = true,
      description = "Extra JVM options for the server, such as [\"-Xmx1g\"].",
    },
    {
      key = "server.path",
      client = true,
      description = "A specls launcher (bin/specls of a checkout or release) or server jar to run instead of the bundled one.",
    },
    {
      key = "trace.server",
      client = true,
      description = "Log the JSON-RPC traffic between the editor and the server in the specls output.",
    },
  },
  commands = {
    {
      id = "specls.showGraph",
      server = true,
      ex = "SpeclsGraph",
      result = "mermaid",
      description = "The active plan's tasks and dependencies as a Mermaid flowchart.",
    },
    {
      id = "specls.renderPrompt",
      server = true,
      ex = "SpeclsRender",
      result = "prompt",
      description = "The active prompt template rendered with its defaults (Jinjava for Jinja2, Handlebars.java for Handlebars and mustache); the engine's errors show as diagnostics of the template.",
    },
    {
      id = "specls.checkWorkspace",
      server = false,
      ex = "SpeclsCheck",
      result = "none",
      description = "Runs `specls check` on the workspace and lists every finding, open files or not.",
    },
    {
      id = "specls.restartServer",
      server = false,
      ex = "SpeclsRestart",
      result = "none",
      description = "Stops the server and starts it again (after a build, or a settings change that needs a new JVM).",
    },
    {
      id = "specls.showOutput",
      server = false,
      ex = "SpeclsLog",
      result = "none",
      description = "Opens the server's log.",
    },
  },
  file_names = {
    "PLAN.md",
    "REQUIREMENTS.md",
    "STATE.md",
    "PROJECT.md",
    "SKILL.md",
  },
  file_globs = {
    "**/.planning/phases/*/*-PLAN.md",
    "**/*.prompt.md",
    "**/xprompts/**/*.md",
    "**/.xprompts/**/*.md",
    "**/.claude/commands/**/*.md",
    "**/.github/prompts/**/*.md",
    "**/*.prompty",
    "**/*.prompt",
  },
  extensions = {
    "prompty",
    "prompt",
  },
  markdown_languages = {
    "specls-plan",
  },
}
