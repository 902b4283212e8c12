// What a server command gets when it is run from the Command Palette rather than from a code action,
// which brings its own arguments: the active document's URI, and the inputs its manifest entry asks for.

/** One value a command asks the user for, named as the server's argument object names it. */
export interface CommandInput {
  name: string;
  prompt: string;
  optional?: boolean;
}

/**
 * The URI alone for a command without inputs, else one object with the URI and each input the user gave;
 * `undefined` when the user dismissed an input the command needs, so that nothing runs.
 */
export async function paletteArguments(
  uri: string,
  inputs: CommandInput[] | undefined,
  ask: (input: CommandInput) => Thenable<string | undefined>,
): Promise<unknown[] | undefined> {
  if (!inputs || inputs.length === 0) {
    return [uri];
  }
  const argument: Record<string, unknown> = { uri };
  for (const input of inputs) {
    const value = (await ask(input))?.trim();
    if (!value) {
      if (input.optional) {
        continue;
      }
      return undefined;
    }
    argument[input.name] = value;
  }
  return [argument];
}
