package dev.specls.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.llm.StructuredPlan;
import dev.specls.syntax.plan.PlanParser;
import org.junit.jupiter.api.Test;

/** A plan written from a structured (JSON) answer is already in the formatter's layout: formatting it changes nothing. */
class StructuredPlanLayoutTest {

    @Test
    void theWrittenPlanIsWhatTheFormatterWouldMakeOfIt() {
        String xml = StructuredPlan.toXml("""
                {"phases":[{"name":"Phase 1: Core","description":"The store","tasks":[
                  {"id":"1.1","depends_on":[],"name":"Create the store","files":["todo/store.py"],
                   "action":"Write the store & its tests.","verify":"python -m pytest tests","done":"It works"},
                  {"id":"1.2","depends_on":["1.1"],"name":"Document","files":["README.md","docs/usage.md"],
                   "action":"Describe the commands.","verify":"test -f docs/usage.md","done":"The docs exist"}]},
                 {"name":"Phase 2: Polish","description":"","tasks":[
                  {"id":"2.1","depends_on":"1.2","name":"Lint","files":[],"action":"Add a linter.","verify":"ruff check .","done":"Clean"}]}]}""");
        String file = "# PLAN.md\n\n```xml\n" + xml + "\n```\n";
        assertEquals(xml, PlanLayout.layOut(file, PlanParser.parse(file), "    ", Cancellation.NONE));
    }
}
