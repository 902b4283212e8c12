// Packages the .vsix with the server jar inside: target/specls-<version>.vsix. Builds the jar through
// bin/specls when it is missing (a checkout where only the extension is being built).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const checkout = join(root, "..", "..");
const jar = join(checkout, "server", "target", "specls-all.jar");
if (!existsSync(jar)) {
  console.log("building the server jar (bin/specls --version)");
  execFileSync(join(checkout, "bin", "specls"), ["--version"], { stdio: "inherit" });
}
rmSync(join(root, "server"), { recursive: true, force: true });
mkdirSync(join(root, "server"));
cpSync(jar, join(root, "server", "specls-all.jar"));

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
mkdirSync(join(root, "target"), { recursive: true });
const vsix = join(root, "target", `specls-${version}.vsix`);
execFileSync(process.execPath, [join(root, "node_modules", "@vscode", "vsce", "vsce"), "package", "--no-dependencies", "--no-update-package-json", "--skip-license", "--allow-missing-repository", "--out", vsix], {
  cwd: root,
  stdio: "inherit",
});
console.log(`packaged ${vsix}`);
