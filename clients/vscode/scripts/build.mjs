// Bundles the extension and the unit tests with esbuild, and copies in what the .vsix ships beside the
// code: the TextMate grammars and the Mermaid library for the graph webview.
import { build } from "esbuild";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(root, "src", "extension.ts")],
  outfile: join(root, "dist", "extension.js"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  external: ["vscode"],
  sourcemap: true,
  minify: true,
  logLevel: "warning",
});

rmSync(join(root, "out"), { recursive: true, force: true });
const tests = readdirSync(join(root, "test", "unit")).filter((name) => name.endsWith(".test.ts"));
await build({
  entryPoints: tests.map((name) => join(root, "test", "unit", name)),
  outdir: join(root, "out", "test"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  logLevel: "warning",
});

const grammars = join(root, "grammars");
rmSync(grammars, { recursive: true, force: true });
mkdirSync(grammars);
for (const name of readdirSync(join(root, "..", "..", "grammars")).filter((file) => file.endsWith(".tmLanguage.json"))) {
  cpSync(join(root, "..", "..", "grammars", name), join(grammars, name));
}
mkdirSync(join(root, "media"), { recursive: true });
cpSync(require.resolve("mermaid/dist/mermaid.min.js"), join(root, "media", "mermaid.min.js"));
console.log("built dist/extension.js, out/test/, grammars/, media/mermaid.min.js");
