// `specls check --format json` for the "Check Workspace" command. No VS Code API here (unit-tested).
import { isAbsolute, join } from "node:path";
import type { ServerCommand } from "./launch";

/** The same start-up as the server, running `check --format json PATH` instead of `lsp`. */
export function checkCommand(server: ServerCommand, path: string): ServerCommand {
  const args = [...server.args];
  if (args[args.length - 1] !== "lsp") {
    throw new Error(`not a specls server command: ${[server.command, ...args].join(" ")}`);
  }
  args.splice(args.length - 1, 1, "check", "--format", "json", path);
  // The CLI gets the flags bin/specls gives short runs; the server's heap flags are harmless here.
  return { ...server, args, needsBuild: false };
}

export interface Finding {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  code: string;
  message: string;
}

interface Report {
  diagnostics?: { file: string; range: Finding["range"]; severity: string; code: string; message: string }[];
}

const SEVERITIES = ["error", "warning", "information", "hint"];

/** The report's findings per absolute file path; paths in the report are relative to `cwd`. */
export function diagnosticsOfReport(report: Report, cwd: string): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const diagnostic of report.diagnostics ?? []) {
    const file = isAbsolute(diagnostic.file) ? diagnostic.file : join(cwd, diagnostic.file);
    const severity = SEVERITIES.indexOf(diagnostic.severity);
    const findings = byFile.get(file) ?? [];
    findings.push({ range: diagnostic.range, severity: severity < 0 ? 0 : severity, code: diagnostic.code, message: diagnostic.message });
    byFile.set(file, findings);
  }
  return byFile;
}
