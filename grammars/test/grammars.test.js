// Tokenizes the fixtures with the real TextMate engine (vscode-textmate + vscode-oniguruma, as VS Code
// does), with the Markdown, YAML and XML grammars VS Code uses, and compares every token's scopes with
// the snapshot beside each fixture. `UPDATE_SNAPSHOTS=1 npm test` rewrites the snapshots.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import oniguruma from "vscode-oniguruma";
import textmate from "vscode-textmate";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const grammars = join(here, "..");
const fixtures = join(here, "fixtures");
const manifest = JSON.parse(readFileSync(join(grammars, "..", "clients", "contributions.json"), "utf8"));

const ours = {};
for (const file of readdirSync(grammars).filter((name) => name.endsWith(".tmLanguage.json"))) {
  const grammar = JSON.parse(readFileSync(join(grammars, file), "utf8"));
  ours[grammar.scopeName] = join(grammars, file);
}
const theirs = {
  "text.html.markdown": "markdown.json",
  "source.yaml": "yaml.json",
  "text.xml": "xml.json",
};

/** Injections as VS Code reads them: from the extension's grammar contributions (the manifest). */
const injections = {};
for (const injection of manifest.injections) {
  for (const target of injection.injectTo) {
    (injections[target] ??= []).push(injection.scopeName);
  }
}

const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
const onigLib = oniguruma.loadWASM(wasm).then(() => ({
  createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
  createOnigString: (text) => new oniguruma.OnigString(text),
}));

const registry = new textmate.Registry({
  onigLib,
  loadGrammar: async (scopeName) => {
    const path = ours[scopeName] ?? (theirs[scopeName] && require.resolve(`tm-grammars/grammars/${theirs[scopeName]}`));
    return path ? textmate.parseRawGrammar(readFileSync(path, "utf8"), path) : null;
  },
  getInjections: (scopeName) => injections[scopeName],
});

const scopeOf = { ".prompty": "text.prompt-template", ".prompt": "text.prompt-template", ".md": "text.html.markdown" };

/** Every token of a file: { line, text, scopes } with the root scope left out. */
async function tokenize(name) {
  const extension = name.endsWith(".prompt.md") ? ".md" : name.slice(name.lastIndexOf("."));
  const grammar = await registry.loadGrammar(scopeOf[extension]);
  const lines = readFileSync(join(fixtures, name), "utf8").split("\n");
  const tokens = [];
  let stack = textmate.INITIAL;
  lines.forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      const scopes = token.scopes.slice(1);
      const previous = tokens.at(-1);
      // Some grammars (YAML's) split a run of one scope in two; the split means nothing to a theme.
      if (previous && previous.line === index + 1 && previous.scopes.join(" ") === scopes.join(" ")) {
        previous.text += text;
      } else {
        tokens.push({ line: index + 1, text, scopes });
      }
    }
    stack = result.ruleStack;
  });
  return tokens;
}

function render(tokens) {
  return tokens
    .filter((token) => token.text.trim() !== "")
    .map((token) => `${token.line}\t${JSON.stringify(token.text)}\t${token.scopes.join(" ")}`)
    .join("\n") + "\n";
}

/** The scopes of the n-th token (1-based) on a line whose text is exactly `text`. */
function scopes(tokens, line, text, nth = 1) {
  const matches = tokens.filter((token) => token.line === line && token.text.trim() === text);
  assert.ok(matches.length >= nth, `no token ${JSON.stringify(text)} on line ${line}: ${JSON.stringify(tokens.filter((t) => t.line === line).map((t) => t.text))}`);
  return matches[nth - 1].scopes;
}

function has(tokens, line, text, scope, nth) {
  const found = scopes(tokens, line, text, nth);
  assert.ok(found.some((s) => s === scope || s.startsWith(scope + ".")), `${JSON.stringify(text)} on line ${line} has ${found.join(" ")}, not ${scope}`);
}

function lacks(tokens, line, text, scope, nth) {
  const found = scopes(tokens, line, text, nth);
  assert.ok(!found.some((s) => s.startsWith(scope)), `${JSON.stringify(text)} on line ${line} should not have ${scope}: ${found.join(" ")}`);
}

for (const name of readdirSync(fixtures).filter((file) => !file.endsWith(".snap"))) {
  test(`snapshot of ${name}`, async () => {
    const actual = render(await tokenize(name));
    const snapshot = join(fixtures, `${name}.snap`);
    if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(snapshot)) {
      writeFileSync(snapshot, actual);
    }
    assert.equal(actual, readFileSync(snapshot, "utf8"));
  });
}

test("Prompty: frontmatter is YAML, Jinja variables, filters, blocks and comments have their scopes", async () => {
  const tokens = await tokenize("summarize.prompty");
  has(tokens, 1, "---", "punctuation.definition.frontmatter.begin.prompt-template");
  has(tokens, 2, "name", "meta.embedded.block.frontmatter.prompt-template");
  has(tokens, 2, "name", "entity.name.tag.yaml");
  has(tokens, 10, "---", "punctuation.definition.frontmatter.end.prompt-template");
  lacks(tokens, 12, "Summarize", "meta.embedded");
  has(tokens, 12, "text", "variable.other.template");
  has(tokens, 12, "trim", "support.function.filter.template");
  has(tokens, 12, "user", "variable.other.template");
  has(tokens, 12, "name", "variable.other.property.template");
  has(tokens, 12, "REQ-4", "constant.other.requirement-id.specls");
  // One comment token: the {{ }} inside a comment is no variable.
  has(tokens, 14, "a Jinja comment: {{ not_a_variable }}", "comment.block.template.jinja");
  has(tokens, 15, "for", "keyword.control.template.jinja");
  has(tokens, 15, "in", "keyword.operator.template.jinja");
  has(tokens, 15, "items", "variable.other.template");
  has(tokens, 16, "loop", "variable.language.template");
  has(tokens, 17, "endfor", "keyword.control.template.jinja");
  has(tokens, 18, "{%-", "punctuation.section.embedded.begin.template");
});

test("dotprompt: Handlebars partials, blocks, else, each with block params, @index and comments", async () => {
  const tokens = await tokenize("story.prompt");
  has(tokens, 5, "topic", "source.yaml");
  has(tokens, 5, "topic", "entity.name.tag.yaml");
  has(tokens, 8, "_header", "entity.name.function.partial.template");
  has(tokens, 8, "tone", "variable.parameter.hash.template");
  has(tokens, 9, "a Handlebars comment", "comment.block.template.handlebars");
  has(tokens, 10, "if", "keyword.control.block.template");
  has(tokens, 10, "topic", "variable.other.template", 1);
  has(tokens, 10, "else", "keyword.control.block.template");
  has(tokens, 10, "if", "keyword.control.block.template", 2);
  has(tokens, 11, "each", "keyword.control.block.template");
  has(tokens, 11, "as", "keyword.operator.template.handlebars");
  has(tokens, 12, "@index", "variable.language.template");
  has(tokens, 12, "raw", "meta.embedded.expression.template.raw");
  has(tokens, 13, "each", "keyword.control.block.template");
  has(tokens, 14, "role", "variable.other.template");
  has(tokens, 14, "\"system\"", "string.quoted.double.template");
});

test("plan XML in Markdown: element names, task ids, depends_on ids, phase names, requirement ids", async () => {
  const tokens = await tokenize("PLAN.md");
  has(tokens, 3, "REQ-1", "constant.other.requirement-id.specls");
  has(tokens, 6, "phases", "entity.name.tag.plan.specls");
  has(tokens, 7, "Phase 1: Storage", "entity.name.section.phase.specls");
  has(tokens, 8, "1.1", "entity.name.function.task-id.specls");
  has(tokens, 8, "1.1", "meta.embedded.block.xml");
  has(tokens, 9, "name", "entity.name.tag.plan.specls");
  has(tokens, 11, "REQ-1", "constant.other.requirement-id.specls");
  has(tokens, 13, "1.2", "entity.name.function.task-id.specls");
  has(tokens, 13, "1.1", "variable.other.reference.task-id.specls");
  has(tokens, 13, "1.4", "variable.other.reference.task-id.specls");
  has(tokens, 13, ",", "punctuation.separator.dependency.specls");
});

test("requirement ids: declarations and citations, not lower-case words or ids in code", async () => {
  const tokens = await tokenize("REQUIREMENTS.md");
  has(tokens, 5, "REQ-1", "constant.other.requirement-id.specls");
  has(tokens, 6, "AUTH-02", "constant.other.requirement-id.specls");
  // The grammar cannot know which ids REQUIREMENTS.md declares: HTTP-2 reads as one (the server's
  // semantic tokens mark only declared ids). Code spans and lower-case words never do.
  const ids = tokens.filter((token) => token.line === 6 && token.scopes.some((s) => s.startsWith("constant.other.requirement-id")));
  assert.deepEqual(ids.map((token) => token.text), ["AUTH-02", "HTTP-2"]);
});

test("agent prompt files: ${input:…}, ${file} and $ARGUMENTS, not $5", async () => {
  const tokens = await tokenize("review.prompt.md");
  has(tokens, 5, "file", "variable.language.prompt.specls");
  has(tokens, 5, "focus", "variable.other.input.specls");
  has(tokens, 5, "what to look at", "string.unquoted.placeholder.specls");
  has(tokens, 5, "$ARGUMENTS", "variable.language.arguments.prompt.specls");
  assert.ok(!tokens.some((token) => token.line === 6 && token.scopes.some((s) => s.includes("specls"))));
});
