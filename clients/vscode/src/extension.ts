// The specls extension: starts the bundled server (or a configured launcher) with a Java it checks
// first, hands it only the settings the user set, and adds the commands, the plan graph webview and
// a status bar item.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  State,
} from "vscode-languageclient/node";
import { showGraph } from "./graph";
import { LaunchError, crashMessage, findJava, serverCommand, startServer, type ServerCommand, type StartedServer } from "./launch";
import * as manifest from "./manifest";
import { checkCommand, diagnosticsOfReport } from "./check";
import { paletteArguments } from "./commandArguments";
import { serverSettings, trustedValue } from "./settings";

const SECTION = "specls";

let context: vscode.ExtensionContext;
let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;
let checkResults: vscode.DiagnosticCollection;
let lastSpecDocument: vscode.Uri | undefined;
let lastCommand: ServerCommand | undefined;

/** What specls.renderPrompt returns: the rendered text and the engine's errors as LSP diagnostics of the template. */
interface RenderedPrompt {
  text: string;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string; code?: string }>;
}

let renderResults: vscode.DiagnosticCollection | undefined;

async function showRenderedPrompt(rendered: RenderedPrompt, template: vscode.Uri): Promise<void> {
  renderResults ??= vscode.languages.createDiagnosticCollection("specls render");
  renderResults.set(
    template,
    (rendered.diagnostics ?? []).map((diagnostic) => {
      const range = new vscode.Range(diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character);
      const shown = new vscode.Diagnostic(range, diagnostic.message, vscode.DiagnosticSeverity.Error);
      shown.source = "specls";
      shown.code = diagnostic.code;
      return shown;
    }),
  );
  const document = await vscode.workspace.openTextDocument({ content: rendered.text ?? "", language: "markdown" });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

export async function activate(extensionContext: vscode.ExtensionContext): Promise<void> {
  context = extensionContext;
  output = vscode.window.createOutputChannel("specls", { log: true });
  status = vscode.window.createStatusBarItem("specls.status", vscode.StatusBarAlignment.Left, 10);
  status.name = "specls";
  status.command = "workbench.actions.view.problems";
  checkResults = vscode.languages.createDiagnosticCollection("specls check");
  context.subscriptions.push(output, status, checkResults);

  const clientCommands: Record<string, () => unknown> = {
    "specls.restartServer": restart,
    "specls.checkWorkspace": checkWorkspace,
    "specls.showOutput": () => output.show(true),
  };
  for (const command of manifest.commands.filter((entry) => !entry.server)) {
    const action = clientCommands[command.id];
    if (!action) {
      throw new Error(`specls: no action for command ${command.id}`);
    }
    context.subscriptions.push(vscode.commands.registerCommand(command.id, action));
  }

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && vscode.languages.match(documentSelector(), editor.document) > 0) {
        lastSpecDocument = editor.document.uri;
      }
    }),
    vscode.languages.onDidChangeDiagnostics(() => showCounts()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      const clientKeys = manifest.settings.filter((setting) => setting.client).map((setting) => `${SECTION}.${setting.key}`);
      if (clientKeys.some((key) => event.affectsConfiguration(key))) {
        void restart();
      } else if (event.affectsConfiguration(SECTION) && client?.isRunning()) {
        // No settings in the notification: the server asks for them (workspace/configuration).
        void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      }
    }),
  );
  lastSpecDocument = vscode.window.activeTextEditor?.document.uri;
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function documentSelector(): { scheme: string; language?: string; pattern?: string }[] {
  const selector: { scheme: string; language?: string; pattern?: string }[] = [];
  for (const language of new Set([...manifest.fileKinds.map((kind) => kind.language), ...manifest.languages.map((entry) => entry.id)])) {
    selector.push({ scheme: "file", language });
  }
  // VS Code may give *.prompt.md its own language (Copilot's "prompt"): match those by name too.
  for (const kind of manifest.fileKinds) {
    for (const glob of kind.globs.filter((glob) => glob.endsWith(".md"))) {
      selector.push({ scheme: "file", pattern: glob });
    }
  }
  return selector;
}

/** The server's settings for a folder or file: only what the user set, never the client's own keys. */
function settingsFor(scope: vscode.Uri | undefined): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration(SECTION, scope);
  return serverSettings((key) => trustedValue(configuration.inspect(key), manifest.userOnlySettingKeys.includes(key)));
}

function setStatus(state: "starting" | "building" | "ready" | "failed", detail?: string): void {
  status.text = {
    starting: "$(loading~spin) specls",
    building: "$(loading~spin) specls: building",
    ready: "$(check) specls",
    failed: "$(error) specls: not running",
  }[state];
  status.tooltip = detail ?? { starting: "Starting the specls server", building: "Building the specls server (first start)", ready: "specls is ready", failed: "specls could not start" }[state];
  status.command = state === "failed" ? "specls.showOutput" : "workbench.actions.view.problems";
  status.backgroundColor = state === "failed" ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  status.show();
  if (state === "ready") {
    showCounts();
  }
}

function showCounts(): void {
  if (!client || client.state !== State.Running || !client.diagnostics) {
    return;
  }
  let errors = 0;
  let warnings = 0;
  client.diagnostics.forEach((_uri, diagnostics) => {
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) {
        errors++;
      } else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) {
        warnings++;
      }
    }
  });
  status.text = errors + warnings === 0 ? "$(check) specls" : `$(error) ${errors} $(warning) ${warnings} specls`;
  status.tooltip = `specls: ${errors} errors, ${warnings} warnings — click for the Problems panel`;
}

async function showLaunchError(message: string, fix: string): Promise<void> {
  output.appendLine(`[error] ${message}`);
  const actions: Record<string, () => unknown> = {
    "Open Settings": () => vscode.commands.executeCommand("workbench.action.openSettings", fix === "server-path" ? "specls.server" : "specls.java.home"),
    "Get Java": () => vscode.env.openExternal(vscode.Uri.parse("https://adoptium.net/temurin/releases/?version=17")),
    "Show Output": () => output.show(true),
  };
  const offered = fix === "install-java" ? ["Get Java", "Open Settings"] : fix === "show-output" ? ["Show Output", "Open Settings"] : ["Open Settings"];
  const choice = await vscode.window.showErrorMessage(message, ...offered);
  if (choice) {
    await actions[choice]();
  }
}

function resolveCommand(): ServerCommand {
  const configuration = vscode.workspace.getConfiguration(SECTION);
  const java = findJava(configuration.get<string>("java.home"), process.env);
  output.appendLine(`[info] Java ${java.release} at ${java.java} (from ${java.source})`);
  const bundledJar = join(context.extensionPath, "server", "specls-all.jar");
  const checkoutLauncher = join(context.extensionPath, "..", "..", "bin", "specls");
  return serverCommand({
    java,
    serverPath: configuration.get<string>("server.path"),
    bundledJar: existsSync(bundledJar) ? bundledJar : undefined,
    checkoutLauncher: existsSync(checkoutLauncher) ? checkoutLauncher : undefined,
    vmargs: configuration.get<string[]>("server.vmargs") ?? [],
    env: process.env,
  });
}

async function start(): Promise<void> {
  setStatus("starting");
  let command: ServerCommand;
  try {
    command = resolveCommand();
  } catch (error) {
    const launchError = error instanceof LaunchError ? error : new LaunchError(String(error), "show-output");
    setStatus("failed", launchError.message);
    void showLaunchError(launchError.message, launchError.fix);
    return;
  }
  lastCommand = command;
  output.appendLine(`[info] starting ${[command.command, ...command.args].join(" ")}`);
  let started: StartedServer | undefined;
  let initialized = false;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: settingsFor(undefined),
    initializationFailedHandler: () => false,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => ({ action: initialized ? CloseAction.Restart : CloseAction.DoNotRestart, handled: !initialized }),
    },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = (await next(params, token)) as unknown[];
          return params.items.map((item, index) =>
            item.section === SECTION ? settingsFor(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answers[index],
          );
        },
      },
      executeCommand: async (commandId, args, next) => {
        const entry = manifest.commands.find((candidate) => candidate.id === commandId);
        let actual = args;
        if (entry?.arguments?.[0] === "documentUri" && actual.length === 0) {
          const uri = vscode.window.activeTextEditor?.document.uri ?? lastSpecDocument;
          if (!uri) {
            void vscode.window.showWarningMessage(`specls: ${entry.title} needs a spec file: open a PLAN.md, REQUIREMENTS.md or STATE.md first.`);
            return undefined;
          }
          const built = await paletteArguments(uri.toString(), entry.inputs, (input) =>
            vscode.window.showInputBox({ title: `specls: ${entry.title}`, prompt: input.prompt, ignoreFocusOut: true }),
          );
          if (!built) {
            return undefined;
          }
          actual = built;
        }
        try {
          const result = await next(commandId, actual);
          if (entry?.result === "mermaid" && typeof result === "string") {
            showGraph(context, result, vscode.Uri.parse(String(actual[0])));
          }
          if (entry?.result === "prompt" && result && typeof result === "object") {
            await showRenderedPrompt(result as RenderedPrompt, vscode.Uri.parse(String(actual[0])));
          }
          return result;
        } catch (error) {
          void vscode.window.showErrorMessage(`specls: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        }
      },
    },
  };
  const current = new LanguageClient(
    "specls",
    "specls",
    async () => {
      started = startServer(command, folder, (text) => output.append(text));
      return started.process;
    },
    clientOptions,
  );
  client = current;
  if (command.needsBuild) {
    setStatus("building");
  }
  const starting = current.start();
  if (command.needsBuild) {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "specls: building the server (first start on this checkout, about a minute)…" },
      () => starting.catch(() => undefined),
    );
  }
  try {
    await starting;
    initialized = true;
    setStatus("ready");
  } catch (error) {
    const exit = started ? await Promise.race([started.exited, delay(2000).then(() => undefined)]) : undefined;
    const message = exit && started ? crashMessage(command, exit.code, exit.signal, started.stderr.text()) : `specls: the server did not start: ${String(error)}`;
    setStatus("failed", message);
    void showLaunchError(message, "show-output");
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function restart(): Promise<void> {
  const previous = client;
  client = undefined;
  if (previous) {
    try {
      await previous.stop();
    } catch {
      // A server that already died cannot be stopped; starting a new one is all that is left.
    }
  }
  await start();
}

/** Runs `specls check --format json` on each workspace folder and lists the findings in the Problems panel. */
async function checkWorkspace(): Promise<void> {
  const command = lastCommand ?? (() => {
    try {
      return resolveCommand();
    } catch (error) {
      void showLaunchError(error instanceof Error ? error.message : String(error), error instanceof LaunchError ? error.fix : "show-output");
      return undefined;
    }
  })();
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!command || folders.length === 0) {
    if (command) {
      void vscode.window.showWarningMessage("specls: open a folder to check it.");
    }
    return;
  }
  checkResults.clear();
  let total = 0;
  for (const folder of folders) {
    const check = checkCommand(command, ".");
    const { code, stdout, stderr } = await run(check.command, check.args, folder.uri.fsPath, check.env);
    if (code !== 0 && code !== 1) {
      void vscode.window.showErrorMessage(`specls check failed in ${folder.name} (exit ${code}): ${stderr.trim()}`);
      continue;
    }
    for (const [file, diagnostics] of diagnosticsOfReport(JSON.parse(stdout), folder.uri.fsPath)) {
      checkResults.set(
        vscode.Uri.file(file),
        diagnostics.map((finding) => {
          const diagnostic = new vscode.Diagnostic(
            new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character),
            finding.message,
            [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint][finding.severity],
          );
          diagnostic.code = finding.code;
          diagnostic.source = "specls check";
          return diagnostic;
        }),
      );
      total += diagnostics.length;
    }
  }
  await vscode.commands.executeCommand("workbench.actions.view.problems");
  void vscode.window.showInformationMessage(`specls check: ${total} finding${total === 1 ? "" : "s"}.`);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) => resolve({ code: -1, stdout, stderr: stderr + error.message }));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
