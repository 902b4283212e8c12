#!/usr/bin/env node
// Writes every client's list of settings, commands and file kinds from contributions.json, so that
// adding one is one entry there. `node generate.mjs --check` writes nothing and exits 1 when a
// generated file is stale (the client tests run it).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "contributions.json"), "utf8"));
const check = process.argv.includes("--check");

const BEGIN = "BEGIN GENERATED from clients/contributions.json by clients/generate.mjs";
const END = "END GENERATED";

/** The files this script owns, as path → new text. */
export function generatedFiles() {
  return {
    [join(here, "vscode", "package.json")]: vscodePackageJson(readFileSync(join(here, "vscode", "package.json"), "utf8")),
    [join(here, "neovim", "lua", "specls", "contributions.lua")]: neovimTable(),
    [join(here, "emacs", "specls.el")]: replaceRegion(readFileSync(join(here, "emacs", "specls.el"), "utf8"), ";; ", emacsTable()),
  };
}

// ---- VS Code ----------------------------------------------------------------------------------

function vscodeSettingSchema(setting) {
  const schema = { type: setting.type, default: setting.default, markdownDescription: setting.description };
  if (setting.type === "array") {
    schema.items = { type: setting.items };
  }
  if (setting.enum) {
    schema.enum = setting.enum;
  }
  if (setting.minimum !== undefined) {
    schema.minimum = setting.minimum;
  }
  if (setting.levels) {
    schema.additionalProperties = { type: "string", enum: setting.levels };
  }
  // A setting a cloned repository must not choose (where a key is sent) lives in the user's settings only.
  schema.scope = setting.userOnly ? "machine" : setting.client ? "machine-overridable" : "resource";
  return schema;
}

function vscodeContributions(previous) {
  const properties = {};
  for (const setting of manifest.settings) {
    properties[`specls.${setting.key}`] = vscodeSettingSchema(setting);
  }
  // A Markdown-based language (specls-plan) keeps Markdown's editing rules; templates get their own.
  const languages = manifest.languages.map((language) => ({
    id: language.id,
    aliases: language.aliases,
    extensions: language.extensions,
    ...(language.markdownBased ? {} : { configuration: "./language-configuration.json" }),
  }));
  const grammars = [
    ...manifest.languages.map((language) => ({
      language: language.id,
      scopeName: language.scopeName,
      path: `./grammars/${language.grammar}`,
      ...(language.markdownBased ? {} : { embeddedLanguages: { "meta.embedded.block.frontmatter": "yaml" } }),
    })),
    ...manifest.injections.map((injection) => ({
      scopeName: injection.scopeName,
      path: `./grammars/${injection.grammar}`,
      injectTo: injection.injectTo,
    })),
  ];
  const commands = manifest.commands.map((command) => ({ command: command.id, title: command.title, category: "specls" }));
  return {
    ...previous,
    languages,
    grammars,
    commands,
    configuration: { title: "specls", properties },
  };
}

/** Activation on every file kind the server reads, and on the commands. */
function activationEvents() {
  const events = new Set();
  for (const language of manifest.languages) {
    events.add(`onLanguage:${language.id}`);
  }
  for (const kind of manifest.fileKinds) {
    for (const name of kind.names) {
      events.add(`workspaceContains:**/${name}`);
    }
    for (const glob of kind.globs) {
      events.add(`workspaceContains:${glob}`);
    }
  }
  events.add("onLanguage:markdown");
  return [...events];
}

function vscodePackageJson(text) {
  const pkg = JSON.parse(text);
  pkg.activationEvents = activationEvents();
  pkg.contributes = vscodeContributions(pkg.contributes ?? {});
  return JSON.stringify(pkg, null, 2) + "\n";
}

// ---- Neovim -----------------------------------------------------------------------------------

function lua(value, indent = "") {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return "{}";
    }
    const inner = indent + "  ";
    return "{\n" + value.map((item) => inner + lua(item, inner) + ",\n").join("") + indent + "}";
  }
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      return "vim.empty_dict()";
    }
    const inner = indent + "  ";
    return "{\n" + keys.map((key) => `${inner}${luaKey(key)} = ${lua(value[key], inner)},\n`).join("") + indent + "}";
  }
  if (typeof value === "string") {
    return JSON.stringify(value);
  }
  return String(value);
}

function luaKey(key) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
}

function neovimTable() {
  const table = {
    settings: manifest.settings.map((setting) => ({ key: setting.key, client: Boolean(setting.client), description: setting.description })),
    commands: manifest.commands
      .filter((command) => command.neovim)
      .map((command) => ({
        id: command.id,
        server: Boolean(command.server),
        ex: command.neovim,
        result: command.result ?? "none",
        description: command.description,
        inputs: (command.inputs ?? []).map((input) => ({ name: input.name, prompt: input.prompt, optional: Boolean(input.optional) })),
      })),
    file_names: [...new Set(manifest.fileKinds.flatMap((kind) => kind.names))],
    file_globs: [...new Set(manifest.fileKinds.flatMap((kind) => kind.globs))],
    extensions: manifest.languages.flatMap((language) => language.extensions.map((extension) => extension.slice(1))),
    markdown_languages: manifest.languages.filter((language) => language.markdownBased).map((language) => language.id),
  };
  return `-- ${BEGIN}.\n-- Edit that file, then run \`npm run generate\` in clients/vscode.\nreturn ${lua(table)}\n`;
}

// ---- Emacs ------------------------------------------------------------------------------------

function elispString(text) {
  return JSON.stringify(text);
}

function emacsInputs(inputs) {
  return inputs.length === 0 ? "nil" : `(${inputs.map((input) => `(${elispString(input.name)} ${elispString(input.prompt)} ${input.optional ? "t" : "nil"})`).join(" ")})`;
}

function emacsTable() {
  const commands = manifest.commands
    .filter((command) => command.emacs)
    .map((command) => `    (${elispString(command.id)} ${command.emacs} ${command.server ? "t" : "nil"} ${elispString(command.result ?? "none")} ${emacsInputs(command.inputs ?? [])})`)
    .join("\n");
  const names = [...new Set(manifest.fileKinds.flatMap((kind) => kind.names))].map(elispString).join(" ");
  const globs = [...new Set(manifest.fileKinds.flatMap((kind) => kind.globs))].map(elispString).join(" ");
  const extensions = manifest.languages.flatMap((language) => language.extensions.map((extension) => extension.slice(1)));
  const settings = manifest.settings
    .filter((setting) => !setting.client)
    .map((setting) => elispString(setting.key))
    .join(" ");
  return [
    "(defconst specls--commands",
    "  '(",
    commands + ")",
    "  \"Commands as (ID FUNCTION SERVER-SIDE RESULT INPUTS).\nRESULT says how to show what the server returns; INPUTS are the\nargument object's fields a run asks for, as (NAME PROMPT OPTIONAL).\")",
    "",
    `(defconst specls--file-names '(${names})`,
    "  \"File names the server reads wherever they are.\")",
    "",
    `(defconst specls--file-globs '(${globs})`,
    "  \"Globs of the files the server reads besides `specls--file-names'.\")",
    "",
    `(defconst specls--prompt-extensions '(${extensions.map(elispString).join(" ")})`,
    "  \"Extensions of prompt template files, opened in `specls-prompt-mode'.\")",
    "",
    `(defconst specls--markdown-languages '(${manifest.languages.filter((language) => language.markdownBased).map((language) => elispString(language.id)).join(" ")})`,
    "  \"Languages that are Markdown read another way; each gets a LANGUAGE-mode.\")",
    "",
    `(defconst specls--server-settings '(${settings})`,
    "  \"Keys of `specls-settings' the server reads.\nDotted paths under the specls section.\")",
  ].join("\n");
}

function replaceRegion(text, commentPrefix, body) {
  const begin = text.indexOf(commentPrefix + BEGIN);
  const end = text.indexOf(commentPrefix + END);
  if (begin < 0 || end < begin) {
    throw new Error(`no ${BEGIN} … ${END} region`);
  }
  const afterBegin = text.indexOf("\n", begin) + 1;
  return text.slice(0, afterBegin) + body + "\n" + text.slice(end);
}

// ---- main -------------------------------------------------------------------------------------

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale = [];
  for (const [path, text] of Object.entries(generatedFiles())) {
    if (readFileSyncOrEmpty(path) !== text) {
      stale.push(path);
      if (!check) {
        writeFileSync(path, text);
      }
    }
  }
  if (check && stale.length > 0) {
    console.error(`stale, run \`npm run generate\` in clients/vscode: ${stale.join(", ")}`);
    process.exit(1);
  }
  if (!check) {
    console.log(stale.length === 0 ? "generated files are up to date" : `wrote ${stale.join(", ")}`);
  }
}

function readFileSyncOrEmpty(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
