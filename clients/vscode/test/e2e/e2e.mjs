// End to end in a real VS Code: installs the packaged .vsix into code-server on loopback, opens a
// PLAN.md with a dangling depends_on in Debian's Chromium driven by Playwright, and asserts the
// diagnostic in the Problems panel and the hover text. code-server is set up once and cached
// (setup-code-server.sh); SPECLS_TEST_CACHE names the cache folder (default ~/.cache/specls-tests).
//
// Exit status 0 on success; a missing Chromium or code-server tool chain skips with a message unless
// CI=true, where a skip is a failure.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = join(here, "..", "..");
const { version } = JSON.parse(readFileSync(join(extensionRoot, "package.json"), "utf8"));
const vsix = join(extensionRoot, "target", `specls-${version}.vsix`);
const chromiumPath = process.env.SPECLS_CHROMIUM ?? "/usr/bin/chromium";
const cache = process.env.SPECLS_TEST_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "specls-tests");

let passed = 0;
let failed = 0;
function check(ok, name, detail) {
  if (ok) {
    passed++;
    console.log(`ok - vscode e2e: ${name}`);
  } else {
    failed++;
    console.log(`not ok - vscode e2e: ${name}${detail ? `: ${detail}` : ""}`);
  }
}

function skip(reason) {
  if (process.env.CI === "true") {
    console.error(`vscode e2e: ${reason}, and CI=true requires this test`);
    process.exit(1);
  }
  console.log(`vscode e2e: SKIPPED — ${reason}`);
  process.exit(0);
}

if (!existsSync(chromiumPath)) {
  skip(`no Chromium at ${chromiumPath} (Debian: apt-get install chromium)`);
}
if (!existsSync(vsix)) {
  console.error(`vscode e2e: ${vsix} is missing: run npm test first`);
  process.exit(1);
}
const nodeMajor = Number(process.versions.node.split(".")[0]);
if (nodeMajor !== 20) {
  skip(`code-server 4.100.3 needs Node 20 and this is Node ${process.versions.node}`);
}

console.log(`vscode e2e: setting up code-server under ${cache} (cached after the first run)`);
const setupStarted = Date.now();
let entry;
try {
  entry = execFileSync("bash", [join(here, "setup-code-server.sh"), cache], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
} catch (error) {
  console.error("vscode e2e: setting up code-server failed (see above)");
  process.exit(1);
}
console.log(`vscode e2e: code-server ready in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);

const work = mkdtempSync(join(tmpdir(), "specls-e2e-"));
const workspace = join(work, "project");
const userData = join(work, "user-data");
const extensions = join(work, "extensions");
mkdirSync(join(workspace, "plan"), { recursive: true });
mkdirSync(join(userData, "User"), { recursive: true });
writeFileSync(
  join(workspace, "plan", "PLAN.md"),
  `# PLAN.md

\`\`\`xml
<phases>
    <phase name="Phase 1: Setup">
        <task id="1.1">
            <name>Create the layout</name>
            <files>src/app.py</files>
            <action>Create the package.</action>
            <verify>pytest -q</verify>
            <done>The package imports</done>
        </task>
        <task id="1.2" depends_on="1.1, 1.9">
            <name>Store bookmarks</name>
            <files>src/store.py</files>
            <action>Add the store.</action>
            <verify>pytest tests/test_store.py -q</verify>
            <done>Bookmarks persist</done>
        </task>
    </phase>
</phases>
\`\`\`
`,
);
writeFileSync(
  join(userData, "User", "settings.json"),
  JSON.stringify({
    "workbench.startupEditor": "none",
    "security.workspace.trust.enabled": false,
    "telemetry.telemetryLevel": "off",
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "update.mode": "none",
    "editor.hover.delay": 100,
  }),
);

const codeServerArgs = ["--user-data-dir", userData, "--extensions-dir", extensions, "--config", join(work, "config.yaml")];
console.log("vscode e2e: installing the .vsix");
execFileSync(process.execPath, [entry, ...codeServerArgs, "--install-extension", vsix], { stdio: "inherit" });

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

const server = spawn(
  process.execPath,
  [entry, ...codeServerArgs, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check",
    "--disable-workspace-trust", "--disable-getting-started-override", workspace],
  { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, XDG_CONFIG_HOME: join(work, "config"), XDG_DATA_HOME: join(work, "data") } },
);
let serverLog = "";
server.stdout.on("data", (chunk) => (serverLog += chunk));
server.stderr.on("data", (chunk) => (serverLog += chunk));
await waitFor(() => serverLog.includes("HTTP server listening"), 60000, "code-server to listen");

let browser;
const shots = join(work, "screenshots");
mkdirSync(shots);
try {
  browser = await chromium.launchPersistentContext(join(work, "chromium-profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    viewport: { width: 1400, height: 900 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(60000);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator(".monaco-workbench").waitFor();
  check(true, "VS Code's workbench loads from code-server");

  // Open plan/PLAN.md through Quick Open, as a user would.
  await page.locator(".monaco-workbench .part.editor").waitFor();
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").waitFor();
  await page.keyboard.type("PLAN.md");
  await page.locator(".quick-input-widget .monaco-list-row").first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".monaco-editor .view-lines").first().waitFor();
  const opened = await page.locator(".tab.active").first().innerText();
  check(opened.includes("PLAN.md"), "PLAN.md opens in an editor", opened);

  // The Problems panel lists the dangling dependency, with the specls code.
  await page.keyboard.press("Control+Shift+M");
  const problemText = await textOnceItHolds(page.locator(".markers-panel"), "1.9", 180000);
  await page.screenshot({ path: join(shots, "problems.png") });
  check(problemText.includes("1.9") && /plan\/dangling-dependency/.test(problemText), "the Problems panel shows plan/dangling-dependency for 1.9", problemText.slice(0, 400));

  // Hover the 1.1 of depends_on: the server's task card.
  // On a loaded machine one pointer move has been seen to bring no hover at all (nothing within 30 s,
  // while the same run's other requests were answered): move away and back, as a user would, until the
  // card shows (at most 30 s in all).
  const dependency = page.locator(".monaco-editor .view-line span span", { hasText: /^1\.1$/ }).nth(1);
  let hoverText = "";
  for (let attempt = 0; attempt < 3 && !hoverText.includes("Create the layout"); attempt++) {
    await page.mouse.move(0, 0);
    await dependency.hover();
    hoverText = await textOnceItHolds(page.locator(".monaco-hover:not(.hidden)"), "Create the layout", 10000);
  }
  await page.screenshot({ path: join(shots, "hover.png") });
  check(/Task 1\.1/.test(hoverText) && hoverText.includes("Create the layout"), "hover on a depends_on id shows the task card", hoverText.slice(0, 400));

  // specls: Show Plan Graph draws the server's Mermaid flowchart in a webview.
  await page.keyboard.press("Escape");
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("F1");
  await page.locator(".quick-input-widget input").waitFor();
  await page.keyboard.type("specls: Show Plan Graph");
  await page.locator(".quick-input-widget .monaco-list-row", { hasText: "Show Plan Graph" }).first().waitFor();
  await page.keyboard.press("Enter");
  let drawn = false;
  const graphShown = await waitFor(async () => {
    for (const frame of page.frames()) {
      const nodes = await frame.locator("svg g.node").count().catch(() => 0);
      if (nodes > 0) {
        drawn = (await frame.locator("svg").first().innerHTML().catch(() => "")).includes("Create the layout");
        return true;
      }
    }
    return false;
  }, 60000, "the plan graph").catch(() => false);
  await page.screenshot({ path: join(shots, "graph.png") });
  const graphTab = await page.locator(".tab", { hasText: "Plan graph" }).count();
  check(graphShown && drawn && graphTab === 1, "Show Plan Graph opens a webview with the Mermaid diagram of the plan", `tab ${graphTab}, drawn ${drawn}`);

  // The status bar item counts the error.
  const statusText = await page.locator(".statusbar-item", { hasText: "specls" }).first().innerText().catch(() => "");
  // "$(error) 1 $(warning) 0 specls": the icons render as glyphs, the counts as text.
  check(/\b1\b.*\b0\b.*specls/s.test(statusText), "the status bar shows 1 error and 0 warnings", statusText);
} catch (error) {
  check(false, "the end-to-end run completes", String(error?.stack ?? error));
  console.log(serverLog.slice(-3000));
} finally {
  await browser?.close().catch(() => undefined);
  server.kill();
}
console.log(`vscode e2e: screenshots in ${shots}`);
console.log(`vscode e2e: ${passed} passed, ${failed} failed`);
if (failed === 0 && process.env.SPECLS_KEEP_E2E !== "1") {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);

/** The locator's text once it holds `fragment`, or its last text when `timeout` ms pass first. */
async function textOnceItHolds(locator, fragment, timeout) {
  let text = "";
  await waitFor(async () => {
    text = await locator.innerText().catch(() => "");
    return text.includes(fragment);
  }, timeout, JSON.stringify(fragment)).catch(() => undefined);
  return text;
}

async function waitFor(predicate, timeout, what) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await predicate()) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
}
