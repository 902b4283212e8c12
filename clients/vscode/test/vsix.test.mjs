// Checks the packaged .vsix: the server jar, the grammars and Mermaid are inside, and package.json
// contributes every setting and command that the jar inside it knows — asked of the jar itself, so a
// setting or command added to the server without a client entry fails here.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import yauzl from "yauzl";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const vsix = join(root, "target", `specls-${version}.vsix`);
const manifest = JSON.parse(readFileSync(join(root, "..", "contributions.json"), "utf8"));

/** Every entry of the zip as name → Buffer. */
function unzip(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map();
      zip.on("entry", (entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks = [];
          stream.on("data", (chunk) => chunks.push(chunk));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

const entries = await unzip(vsix);
const pkg = JSON.parse(entries.get("extension/package.json").toString("utf8"));
const jarPath = join(mkdtempSync(join(tmpdir(), "specls-vsix-")), "specls-all.jar");
writeFileSync(jarPath, entries.get("extension/server/specls-all.jar") ?? Buffer.alloc(0));

test("the .vsix holds the bundle, the server jar, the grammars and Mermaid, and no sources or node_modules", () => {
  for (const name of ["extension/dist/extension.js", "extension/server/specls-all.jar", "extension/media/mermaid.min.js", "extension/language-configuration.json"]) {
    assert.ok(entries.has(name), `${name} is missing: ${[...entries.keys()].join(", ")}`);
  }
  assert.ok(entries.get("extension/server/specls-all.jar").length > 1_000_000, "the jar is the shaded server");
  for (const grammar of [...manifest.languages, ...manifest.injections].map((entry) => entry.grammar)) {
    assert.ok(entries.has(`extension/grammars/${grammar}`), `grammar ${grammar} is missing`);
  }
  assert.ok(![...entries.keys()].some((name) => name.includes("node_modules/") || name.startsWith("extension/src/") || name.endsWith(".map")));
});

test("every manifest setting is contributed with its type, default and description", () => {
  const properties = pkg.contributes.configuration.properties;
  for (const setting of manifest.settings) {
    const property = properties[`specls.${setting.key}`];
    assert.ok(property, `specls.${setting.key} is not contributed`);
    assert.equal(property.type, setting.type);
    assert.deepEqual(property.default, setting.default);
    assert.ok(property.markdownDescription.length > 20);
  }
  assert.equal(Object.keys(properties).length, manifest.settings.length);
  for (const key of ["specls.java.home", "specls.server.vmargs"]) {
    assert.ok(properties[key], `${key} is not contributed`);
  }
});

test("the jar's settings are all contributed (asked of the jar: its unknown-key messages list what it knows)", () => {
  const folder = mkdtempSync(join(tmpdir(), "specls-settings-"));
  writeFileSync(join(folder, ".specls.toml"), '[no-such-section]\n[files]\nno-such-kind = ["x"]\n[diagnostics]\nno-such-key = 1\n');
  const result = spawnSync("java", ["-jar", jarPath, "check", "."], { cwd: folder, encoding: "utf8" });
  const known = (pattern) => {
    const match = pattern.exec(result.stderr);
    assert.ok(match, `no ${pattern} in: ${result.stderr}`);
    return match[1].split(", ");
  };
  const sections = known(/unknown key "no-such-section" \(known: ([^)]*)\)/);
  const kinds = known(/unknown (?:file kind|key) "no-such-kind" under files \(known: ([^)]*)\)/);
  const diagnostics = known(/unknown key "diagnostics\.no-such-key" \(known: ([^)]*)\)/);
  const contributed = Object.keys(pkg.contributes.configuration.properties);
  // Keys the server reads only in .specls.toml, each with the manifest's reason.
  const tomlOnly = (manifest.tomlOnly ?? []).map((entry) => entry.key);
  for (const section of sections.filter((name) => !tomlOnly.includes(name))) {
    assert.ok(contributed.some((key) => key === `specls.${section}` || key.startsWith(`specls.${section}.`)), `server section ${section} is not contributed`);
  }
  for (const kind of kinds) {
    assert.ok(contributed.includes(`specls.files.${kind}`), `server setting files.${kind} is not contributed as specls.files.${kind}`);
  }
  for (const key of diagnostics) {
    assert.ok(contributed.includes(`specls.diagnostics.${key}`), `server setting diagnostics.${key} is not contributed`);
  }
});

/** The server's initialize result, from the jar in the .vsix over stdio. */
function initialize() {
  return new Promise((resolve, reject) => {
    const server = spawn("java", ["-jar", jarPath, "lsp"], { stdio: ["pipe", "pipe", "inherit"] });
    let buffer = Buffer.alloc(0);
    server.stdout.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const header = buffer.indexOf("\r\n\r\n");
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())[1]);
      if (buffer.length < header + 4 + length) return;
      const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString("utf8"));
      server.kill();
      resolve(message.result);
    });
    server.on("error", reject);
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

test("every command the server executes has a palette entry, and every server entry is a command the server executes", async () => {
  const result = await initialize();
  const serverCommands = result.capabilities.executeCommandProvider.commands;
  const contributed = pkg.contributes.commands.map((command) => command.command);
  for (const command of serverCommands) {
    assert.ok(contributed.includes(command), `server command ${command} is not contributed`);
  }
  for (const entry of manifest.commands.filter((command) => command.server)) {
    assert.ok(serverCommands.includes(entry.id), `${entry.id} is marked server-side but the server does not execute it`);
  }
  for (const entry of manifest.commands) {
    assert.ok(contributed.includes(entry.id), `${entry.id} is not contributed`);
  }
});

test("languages, grammars and injections are contributed; activation covers every file kind", () => {
  const languages = pkg.contributes.languages.map((language) => language.id);
  for (const language of manifest.languages) {
    assert.ok(languages.includes(language.id));
    assert.ok(pkg.activationEvents.includes(`onLanguage:${language.id}`));
  }
  const injected = pkg.contributes.grammars.filter((grammar) => grammar.injectTo).map((grammar) => grammar.scopeName);
  assert.deepEqual(injected, manifest.injections.map((injection) => injection.scopeName));
  for (const kind of manifest.fileKinds) {
    for (const name of kind.names) {
      assert.ok(pkg.activationEvents.includes(`workspaceContains:**/${name}`), `no activation on ${name}`);
    }
  }
  assert.ok(pkg.engines.vscode.startsWith("^1."));
  assert.ok(pkg.dependencies["vscode-languageclient"]);
});
