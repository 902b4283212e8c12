// What the server gets for the `specls` section: only the server's own settings, and only those the
// user set. VS Code fills in defaults for unset settings; sending them would override .specls.toml,
// because an editor setting replaces the file's value for its key (docs/configuration.md).
import { serverSettingKeys } from "./manifest";

/** The value the user set for `specls.<key>` (user, workspace or folder level), or undefined. */
export type ExplicitValue = (key: string) => unknown;

/** The server's settings as one nested object: "files.plan" becomes { files: { plan: … } }. */
export function serverSettings(explicitValue: ExplicitValue, keys: string[] = serverSettingKeys): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const value = explicitValue(key);
    if (value === undefined || value === null) {
      continue;
    }
    const path = key.split(".");
    let node = result;
    for (const part of path.slice(0, -1)) {
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[path[path.length - 1]] = value;
  }
  return result;
}

export interface Inspected<T> {
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/**
 * The value the server may trust: for a user-only setting (where a key is sent) the user's own, never one a
 * workspace's `.vscode/settings.json` supplies; for the others the most specific one.
 */
export function trustedValue<T>(inspected: Inspected<T> | undefined, userOnly: boolean): T | undefined {
  return userOnly ? inspected?.globalValue : mostSpecific(inspected);
}

/** The most specific value the user set, as VS Code ranks them (folder over workspace over user). */
export function mostSpecific<T>(inspected: Inspected<T> | undefined): T | undefined {
  if (!inspected) {
    return undefined;
  }
  return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue;
}
