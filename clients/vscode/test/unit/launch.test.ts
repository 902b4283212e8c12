// The extension's launch logic under plain Node: which Java, which command, and the messages for a
// missing Java, a wrong specls.java.home and a server that dies at start.
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { LaunchError, LSP_JVM_FLAGS, StderrTail, crashMessage, findJava, serverCommand, startServer, type JavaProbe } from "../../src/launch";
import { checkCommand, diagnosticsOfReport } from "../../src/check";

function probe(executables: Record<string, number | undefined>): JavaProbe {
  return {
    isExecutable: (path) => path in executables,
    release: (java) => executables[java],
  };
}

function launchError(run: () => unknown): LaunchError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof LaunchError, `not a LaunchError: ${error}`);
    return error;
  }
  assert.fail("expected a LaunchError");
}

test("missing Java: says Java 17+ is needed, how to install it and which setting to use", () => {
  const error = launchError(() => findJava("", { PATH: "/usr/bin:/bin" }, probe({})));
  assert.equal(error.fix, "install-java");
  assert.match(error.message, /needs Java 17 or newer/);
  assert.match(error.message, /sudo apt install openjdk-17-jre-headless/);
  assert.match(error.message, /specls\.java\.home/);
});

test("wrong specls.java.home: names the folder, says it holds no bin/java and what to set", () => {
  const error = launchError(() => findJava("/opt/no-jdk", { PATH: "/usr/bin", JAVA_HOME: "/usr/lib/jvm/ok" }, probe({ "/usr/bin/java": 17 })));
  assert.equal(error.fix, "java-home");
  assert.match(error.message, /specls\.java\.home is \/opt\/no-jdk, which holds no bin\/java/);
  assert.match(error.message, /or clear it/);
});

test("wrong JAVA_HOME: says so instead of silently using another Java", () => {
  const error = launchError(() => findJava(undefined, { PATH: "/usr/bin", JAVA_HOME: "/gone" }, probe({ "/usr/bin/java": 21 })));
  assert.match(error.message, /JAVA_HOME is \/gone, which holds no bin\/java/);
});

test("Java too old: names its release and the minimum", () => {
  const error = launchError(() => findJava("/jdk11", {}, probe({ "/jdk11/bin/java": 11 })));
  assert.match(error.message, /is Java 11; specls needs Java 17 or newer/);
});

test("a java that does not run is reported, not used", () => {
  const error = launchError(() => findJava(undefined, { PATH: "/broken" }, probe({ "/broken/java": undefined })));
  assert.match(error.message, /\/broken\/java \(from PATH\) does not run/);
});

test("precedence: specls.java.home, then JAVA_HOME, then PATH", () => {
  const all = probe({ "/home-setting/bin/java": 21, "/env-home/bin/java": 17, "/usr/bin/java": 17 });
  assert.equal(findJava("/home-setting", { JAVA_HOME: "/env-home", PATH: "/usr/bin" }, all).source, "specls.java.home");
  assert.equal(findJava("", { JAVA_HOME: "/env-home", PATH: "/usr/bin" }, all).source, "JAVA_HOME");
  assert.deepEqual(findJava("", { PATH: "/nowhere:/usr/bin" }, all), { java: "/usr/bin/java", source: "PATH", release: 17 });
});

const java = { java: "/jdk/bin/java", source: "PATH", release: 17 };

test("bundled jar: java with the launcher's lsp flags, vmargs before -jar", () => {
  const dir = mkdtempSync(join(tmpdir(), "specls-"));
  const jar = join(dir, "specls-all.jar");
  writeFileSync(jar, "");
  const command = serverCommand({ java, bundledJar: jar, vmargs: ["-Xmx1g"], env: { PATH: "/usr/bin" } });
  assert.equal(command.command, "/jdk/bin/java");
  assert.deepEqual(command.args, [...LSP_JVM_FLAGS, "-Xmx1g", "-jar", jar, "lsp"]);
  assert.equal(command.env.JAVA_HOME, "/jdk");
  assert.equal(command.needsBuild, false);
});

test("specls.server.path to a launcher: runs `launcher lsp`, vmargs through SPECLS_JAVA_OPTS, asks whether it must build", () => {
  const dir = mkdtempSync(join(tmpdir(), "specls-"));
  const launcher = join(dir, "specls");
  writeFileSync(launcher, '#!/bin/sh\n[ "$1" = "--launcher-needs-build" ] && exit 0\nexit 0\n');
  chmodSync(launcher, 0o755);
  const command = serverCommand({ java, serverPath: launcher, vmargs: ["-Xmx1g", "-Dx=1"], env: {} });
  assert.deepEqual([command.command, ...command.args], [launcher, "lsp"]);
  assert.equal(command.env.SPECLS_JAVA_OPTS, "-Xmx1g -Dx=1");
  assert.equal(command.env.JAVA_HOME, "/jdk");
  assert.equal(command.needsBuild, true, "a launcher that answers --launcher-needs-build with 0 builds first");
});

test("specls.server.path that is missing: says so and what to point it at", () => {
  const error = launchError(() => serverCommand({ java, serverPath: "/nowhere/specls", vmargs: [], env: {} }));
  assert.equal(error.fix, "server-path");
  assert.match(error.message, /specls\.server\.path is \/nowhere\/specls, which is not an executable launcher/);
  const jarError = launchError(() => serverCommand({ java, serverPath: "/nowhere/specls.jar", vmargs: [], env: {} }));
  assert.match(jarError.message, /does not exist/);
});

test("crash at start: the message quotes the server's stderr and names the settings to check", async () => {
  const dir = mkdtempSync(join(tmpdir(), "specls-"));
  const launcher = join(dir, "specls");
  writeFileSync(launcher, '#!/bin/sh\n[ "$1" = "--launcher-needs-build" ] && exit 1\necho "Invalid maximum heap size: -Xmx0" >&2\necho "Error: Could not create the Java Virtual Machine." >&2\nexit 1\n');
  chmodSync(launcher, 0o755);
  const command = serverCommand({ java, serverPath: launcher, vmargs: ["-Xmx0"], env: { PATH: process.env.PATH } });
  let logged = "";
  const started = startServer(command, dir, (text) => (logged += text));
  const exit = await started.exited;
  assert.equal(exit.code, 1);
  const message = crashMessage(command, exit.code, exit.signal, started.stderr.text());
  assert.match(message, /exited with code 1 before it started/);
  assert.match(message, /Invalid maximum heap size: -Xmx0/);
  assert.match(message, /Could not create the Java Virtual Machine/);
  assert.match(message, /specls\.server\.vmargs/);
  assert.match(logged, /Invalid maximum heap size/, "stderr also goes to the output channel");
});

test("a server that cannot be spawned at all is reported like a crash", async () => {
  const command = { command: "/nonexistent/java", args: ["lsp"], env: {}, needsBuild: false };
  const started = startServer(command, undefined, () => undefined);
  const exit = await started.exited;
  assert.equal(exit.code, -1);
  assert.match(crashMessage(command, exit.code, exit.signal, started.stderr.text()), /ENOENT/);
});

test("stderr tail keeps the last lines, across chunk boundaries", () => {
  const tail = new StderrTail(2);
  tail.push("one\ntw");
  tail.push("o\nthree\nfou");
  assert.equal(tail.text(), "three\nfou");
});

test("check command: same start-up, `check --format json` instead of `lsp`", () => {
  const command = checkCommand({ command: "/jdk/bin/java", args: ["-Xmx1g", "-jar", "/x.jar", "lsp"], env: {}, needsBuild: false }, ".");
  assert.deepEqual(command.args, ["-Xmx1g", "-jar", "/x.jar", "check", "--format", "json", "."]);
});

test("check report: findings per absolute file, severities as numbers", () => {
  const range = { start: { line: 7, character: 35 }, end: { line: 7, character: 38 } };
  const report = { diagnostics: [
    { file: "broken/PLAN.md", range, severity: "error", code: "plan/dependency-cycle", message: "m" },
    { file: "broken/PLAN.md", range, severity: "hint", code: "plan/x", message: "n" },
  ] };
  const byFile = diagnosticsOfReport(report, "/ws");
  assert.deepEqual([...byFile.keys()], ["/ws/broken/PLAN.md"]);
  assert.deepEqual(byFile.get("/ws/broken/PLAN.md")!.map((finding) => finding.severity), [0, 3]);
});
