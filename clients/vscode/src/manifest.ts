// The clients' one table of settings, commands and file kinds (clients/contributions.json), bundled.
import contributions from "../../contributions.json";
import type { CommandInput } from "./commandArguments";

export interface SettingEntry {
  key: string;
  client?: boolean;
  /** Read from the user's own settings only: a workspace's settings file could otherwise choose it. */
  userOnly?: boolean;
  type: string;
  default: unknown;
  description: string;
}

export interface CommandEntry {
  id: string;
  server?: boolean;
  title: string;
  arguments?: string[];
  /** What a palette run asks the user for, besides the document (the planning commands). */
  inputs?: CommandInput[];
  result?: string;
}

export interface FileKindEntry {
  kind: string;
  names: string[];
  globs: string[];
  language: string;
}

export const settings: SettingEntry[] = contributions.settings;
export const commands: CommandEntry[] = contributions.commands;
export const fileKinds: FileKindEntry[] = contributions.fileKinds;
export const languages: { id: string }[] = contributions.languages;

/** Settings the server reads; the others tell the extension how to start it and never reach the server. */
export const serverSettingKeys = settings.filter((setting) => !setting.client).map((setting) => setting.key);

/** Settings taken from the user's settings alone, never from a workspace's. */
export const userOnlySettingKeys = settings.filter((setting) => setting.userOnly).map((setting) => setting.key);
