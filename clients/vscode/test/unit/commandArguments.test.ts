// Palette runs of the planning commands: the URI, and the inputs each asks for.
import assert from "node:assert/strict";
import { test } from "node:test";
import { paletteArguments } from "../../src/commandArguments";
import { commands } from "../../src/manifest";

const uri = "file:///project/REQUIREMENTS.md";

test("a command without inputs gets the URI alone, as the server's string argument", async () => {
  assert.deepEqual(await paletteArguments(uri, undefined, async () => "unused"), [uri]);
});

test("inputs become members of one argument object; an optional one left empty is left out", async () => {
  const answers: Record<string, string> = { phase: " Phase 1: Core ", feedback: "" };
  const inputs = [{ name: "phase", prompt: "Phase" }, { name: "feedback", prompt: "Feedback", optional: true }];
  assert.deepEqual(await paletteArguments(uri, inputs, async (input) => answers[input.name]), [{ uri, phase: "Phase 1: Core" }]);
});

test("dismissing a required input runs nothing", async () => {
  assert.equal(await paletteArguments(uri, [{ name: "prompt", prompt: "Idea" }], async () => undefined), undefined);
});

test("every planning command that needs more than a URI asks for it", () => {
  const asks = (id: string) => (commands.find((command) => command.id === id)?.inputs ?? []).map((input) => input.name);
  assert.deepEqual(asks("specls.reviewPhase"), ["phase"]);
  assert.deepEqual(asks("specls.generateRequirements"), ["prompt"]);
  assert.deepEqual(asks("specls.planRequirement"), ["requirementId"]);
  assert.deepEqual(asks("specls.generatePlan"), []);
});
