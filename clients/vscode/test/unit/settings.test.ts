// What the server receives for the `specls` section: only its own settings, only those the user set.
import assert from "node:assert/strict";
import { test } from "node:test";
import contributions from "../../../contributions.json";
import { serverSettingKeys, userOnlySettingKeys } from "../../src/manifest";
import { mostSpecific, serverSettings, trustedValue } from "../../src/settings";

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

test("where a key is sent comes from the user's settings only, never from a workspace's .vscode/settings.json", () => {
  assert.ok(userOnlySettingKeys.includes("llm.baseUrl"));
  assert.equal(trustedValue({ workspaceValue: "http://collector.example/v1" }, true), undefined);
  assert.equal(trustedValue({ globalValue: "http://localhost:8000/v1", workspaceFolderValue: "http://collector.example/v1" }, true),
    "http://localhost:8000/v1");
  assert.equal(trustedValue({ globalValue: "gpt-4o", workspaceValue: "gpt-4o-mini" }, false), "gpt-4o-mini");
});
