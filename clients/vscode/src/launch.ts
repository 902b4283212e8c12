// How to start the server and what to tell the user when it cannot start. No VS Code API here, so the
// unit tests run it under plain Node.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";

export const MINIMUM_JAVA = 17;

const INSTALL_HINT =
  `Install a JDK or JRE ${MINIMUM_JAVA} or newer (Debian/Ubuntu: sudo apt install openjdk-17-jre-headless; ` +
  "macOS: brew install openjdk@17; Windows: winget install Microsoft.OpenJDK.17), or set specls.java.home to its folder.";

/** What an error is about, so the extension can offer the right button. */
export type Fix = "install-java" | "java-home" | "server-path" | "show-output";

export class LaunchError extends Error {
  constructor(message: string, readonly fix: Fix) {
    super(message);
  }
}

export interface JavaProbe {
  isExecutable(path: string): boolean;
  /** The feature release of a java binary, or undefined when it does not run. */
  release(java: string): number | undefined;
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export const systemProbe: JavaProbe = {
  isExecutable,
  release(java) {
    const result = spawnSync(java, ["-XshowSettings:properties", "-version"], { encoding: "utf8", timeout: 20000 });
    if (result.error || result.status !== 0) {
      return undefined;
    }
    const match = /java\.specification\.version = (?:1\.)?(\d+)/.exec(result.stderr + result.stdout);
    return match ? Number(match[1]) : undefined;
  },
};

const javaExecutable = process.platform === "win32" ? "java.exe" : "java";

function onPath(env: NodeJS.ProcessEnv, probe: JavaProbe): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir && probe.isExecutable(join(dir, javaExecutable))) {
      return join(dir, javaExecutable);
    }
  }
  return undefined;
}

export interface FoundJava {
  java: string;
  source: string;
  release: number;
}

/** The Java that runs the server: specls.java.home, else JAVA_HOME, else PATH; a LaunchError says what to do. */
export function findJava(javaHome: string | undefined, env: NodeJS.ProcessEnv, probe: JavaProbe = systemProbe): FoundJava {
  let java: string | undefined;
  let source: string;
  if (javaHome && javaHome.trim() !== "") {
    java = join(javaHome, "bin", javaExecutable);
    source = "specls.java.home";
    if (!probe.isExecutable(java)) {
      throw new LaunchError(
        `specls.java.home is ${javaHome}, which holds no bin/${javaExecutable}. Set it to the folder of a Java ${MINIMUM_JAVA}+ ` +
          "runtime (the one that holds bin/java), or clear it to use JAVA_HOME or the java on PATH.",
        "java-home",
      );
    }
  } else if (env.JAVA_HOME && env.JAVA_HOME.trim() !== "") {
    java = join(env.JAVA_HOME, "bin", javaExecutable);
    source = "JAVA_HOME";
    if (!probe.isExecutable(java)) {
      throw new LaunchError(
        `JAVA_HOME is ${env.JAVA_HOME}, which holds no bin/${javaExecutable}. Fix or unset JAVA_HOME, or set specls.java.home ` +
          `to the folder of a Java ${MINIMUM_JAVA}+ runtime.`,
        "java-home",
      );
    }
  } else {
    java = onPath(env, probe);
    source = "PATH";
    if (!java) {
      throw new LaunchError(
        `specls needs Java ${MINIMUM_JAVA} or newer to run its language server, and found none ` +
          `(specls.java.home is not set, JAVA_HOME is not set, no java on PATH). ${INSTALL_HINT}`,
        "install-java",
      );
    }
  }
  const release = probe.release(java);
  if (release === undefined) {
    throw new LaunchError(`${java} (from ${source}) does not run. ${INSTALL_HINT}`, "install-java");
  }
  if (release < MINIMUM_JAVA) {
    throw new LaunchError(`${java} (from ${source}) is Java ${release}; specls needs Java ${MINIMUM_JAVA} or newer. ${INSTALL_HINT}`, "install-java");
  }
  return { java, source, release };
}

export interface ServerCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** True when a launcher builds the server first (a fresh checkout): the first start takes a minute. */
  needsBuild: boolean;
}

/**
 * The JVM flags bin/specls gives `specls lsp` (docs/performance.md, "Memory"), less the two it gives only to a JVM that
 * accepts them (a fixed archive address, trimming the native heap): every Java 17 takes these.
 */
export const LSP_JVM_FLAGS = [
  "-Xlog:disable",
  "-Xlog:all=warning:stderr",
  "-XX:+UseSerialGC",
  "-XX:-UsePerfData",
  "-Xms16m",
  "-XX:NewSize=8m",
  "-XX:MaxNewSize=8m",
  "-XX:MinHeapFreeRatio=10",
  "-XX:MaxHeapFreeRatio=20",
];

export interface CommandOptions {
  java: FoundJava;
  /** specls.server.path: a launcher (bin/specls) or a jar; empty for the bundled jar. */
  serverPath?: string;
  bundledJar?: string;
  /** bin/specls of the checkout the extension runs from, when it is not packaged. */
  checkoutLauncher?: string;
  vmargs: string[];
  env: NodeJS.ProcessEnv;
}

export function serverCommand(options: CommandOptions): ServerCommand {
  const javaHome = dirname(dirname(options.java.java));
  const env: NodeJS.ProcessEnv = { ...options.env, JAVA_HOME: javaHome };
  const path = options.serverPath?.trim() || undefined;
  if (path && path.endsWith(".jar")) {
    if (!isExecutableOrReadable(path)) {
      throw new LaunchError(`specls.server.path is ${path}, which does not exist. Point it at a specls jar or launcher, or clear it.`, "server-path");
    }
    return { command: options.java.java, args: [...LSP_JVM_FLAGS, ...options.vmargs, "-jar", path, "lsp"], env, needsBuild: false };
  }
  const launcher = path ?? (options.bundledJar && isExecutableOrReadable(options.bundledJar) ? undefined : options.checkoutLauncher);
  if (launcher) {
    if (!isExecutable(launcher)) {
      throw new LaunchError(`specls.server.path is ${launcher}, which is not an executable launcher. Point it at bin/specls of a checkout or release, or clear it.`, "server-path");
    }
    if (options.vmargs.length > 0) {
      env.SPECLS_JAVA_OPTS = options.vmargs.join(" ");
    }
    return { command: launcher, args: ["lsp"], env, needsBuild: launcherNeedsBuild(launcher, env) };
  }
  if (!options.bundledJar) {
    throw new LaunchError("this build of the extension holds no server jar: set specls.server.path to bin/specls of a specls checkout or release.", "server-path");
  }
  return { command: options.java.java, args: [...LSP_JVM_FLAGS, ...options.vmargs, "-jar", options.bundledJar, "lsp"], env, needsBuild: false };
}

function isExecutableOrReadable(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Asks bin/specls whether this start must build the jar first (exit 0: yes). */
export function launcherNeedsBuild(launcher: string, env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(launcher, ["--launcher-needs-build"], { env, timeout: 20000 });
  return result.status === 0;
}

/** Keeps the last lines the server wrote to stderr, for the message when it dies at start. */
export class StderrTail {
  private lines: string[] = [];
  private partial = "";

  constructor(private readonly max = 8) {}

  push(chunk: string): void {
    const text = this.partial + chunk;
    const parts = text.split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    this.lines.push(...parts.filter((line) => line.trim() !== ""));
    this.lines = this.lines.slice(-this.max);
  }

  text(): string {
    return [...this.lines, ...(this.partial.trim() ? [this.partial] : [])].slice(-this.max).join("\n");
  }
}

export function crashMessage(command: ServerCommand, code: number | null, signal: string | null, stderr: string): string {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const said = stderr.trim() ? ` It said: ${stderr.trim()}` : "";
  return (
    `The specls server (${[command.command, ...command.args].join(" ")}) ${how} before it started.${said} ` +
    "Check specls.server.vmargs, specls.server.path and specls.java.home; the whole log is in the specls output."
  );
}

export interface StartedServer {
  process: ChildProcess;
  stderr: StderrTail;
  /** Settles when the process exits: code and signal. */
  exited: Promise<{ code: number | null; signal: string | null }>;
}

/** Spawns the server, copying its stderr to `log` and keeping its tail. */
export function startServer(command: ServerCommand, cwd: string | undefined, log: (text: string) => void): StartedServer {
  const child = spawn(command.command, command.args, { env: command.env, cwd, stdio: ["pipe", "pipe", "pipe"] });
  const stderr = new StderrTail();
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr.push(chunk);
    log(chunk);
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on("error", (error) => {
      stderr.push(String(error.message) + "\n");
      resolve({ code: -1, signal: null });
    });
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
  return { process: child, stderr, exited };
}
