// What the server receives for the `specls` section: only its own settings, only those the user set.
import assert from "node:assert/strict";
import { test } from "node:test";
import contributions from "../../../contributions.json";
import { serverSettingKeys } from "../../src/manifest";
import { mostSpecific, serverSettings } from "../../src/settings";

test("only settings the user set reach the server, nested by their dotted keys", () => {
  const set: Record<string, unknown> = {
    rules: { "plan/broad-task": "off" },
    "files.plan": ["plans/*.md"],
    "diagnostics.debounceMs": 0,
  };
  assert.deepEqual(serverSettings((key) => set[key]), {
    rules: { "plan/broad-task": "off" },
    files: { plan: ["plans/*.md"] },
    diagnostics: { debounceMs: 0 },
  });
});

test("nothing set: an empty object, so .specls.toml decides (VS Code's defaults would override it)", () => {
  assert.deepEqual(serverSettings(() => undefined), {});
});

test("client-only settings (java.home, server.*, trace.server) never reach the server", () => {
  const clientKeys = contributions.settings.filter((setting) => setting.client).map((setting) => setting.key);
  assert.ok(clientKeys.includes("java.home") && clientKeys.includes("server.vmargs"));
  const sent = JSON.stringify(serverSettings((key) => `value of ${key}`));
  for (const key of clientKeys) {
    assert.ok(!sent.includes(`value of ${key}`), `${key} was sent`);
  }
  assert.deepEqual(serverSettingKeys, contributions.settings.filter((setting) => !("client" in setting)).map((setting) => setting.key));
});

test("folder settings win over workspace settings over user settings", () => {
  assert.equal(mostSpecific({ globalValue: 1, workspaceValue: 2, workspaceFolderValue: 3 }), 3);
  assert.equal(mostSpecific({ globalValue: 1, workspaceValue: 2 }), 2);
  assert.equal(mostSpecific({ globalValue: 0 }), 0);
  assert.equal(mostSpecific(undefined), undefined);
});
