package dev.specls.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.workspace.SymbolIndex.Kind;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.workspace.SymbolIndex.Role;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolIndexTest {

    private static final URI PLAN = URI.create("file:///specs/PLAN.md");
    private static final URI STATE = URI.create("file:///specs/STATE.md");
    private static final URI REQUIREMENTS = URI.create("file:///specs/REQUIREMENTS.md");
    private static final String PLAN_TEXT = """
            ```xml
            <phases>
              <phase name="P1">
                <task id="1.1"><name>Config</name><files>a.py</files><action>Load FR-001 and UTF-8</action></task>
                <task id="1.2" depends_on="1.1, 9.9"><name>Main</name><files>b.py</files><action>x</action>
                  <requirements>FR-2</requirements></task>
              </phase>
            </phases>
            ```
            """;

    private static SpecSet specSet() {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.open(PLAN, 1, PLAN_TEXT);
        workspace.open(STATE, 1, "# State\n\n## Completed Tasks\n[✓] 1.1: Config\n\n* **Next Task:** 1.2: Main\n");
        workspace.open(REQUIREMENTS, 1, "- **FR-1**: Load\n");
        return workspace.specSetOf(PLAN);
    }

    @Test
    void anIdIsDeclaredAsWrittenSpacesIncludedAsSagoKeepsIt() {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        String text = PLAN_TEXT.replace("<task id=\"1.1\">", "<task id=\" 1.1 \">");
        workspace.open(PLAN, 1, text);
        SymbolIndex index = workspace.specSetOf(PLAN).symbols();

        assertEquals(List.of(Role.REFERENCE), index.of(Kind.TASK, "1.1").stream().map(Occurrence::role).toList(),
                "depends_on=\"1.1\" names no task: the id is \" 1.1 \"");
        assertEquals(" 1.1 ", index.of(Kind.TASK, " 1.1 ").get(0).span().of(text));
    }

    @Test
    void taskIdIsDeclaredOnceAndReferencedFromDependsOnStateLinesAndFields() {
        SymbolIndex index = specSet().symbols();

        List<Occurrence> task11 = index.of(Kind.TASK, "1.1");
        assertEquals(List.of(Role.DECLARATION, Role.REFERENCE, Role.REFERENCE), task11.stream().map(Occurrence::role).toList());
        assertEquals("1.1", task11.get(0).span().of(PLAN_TEXT));
        assertEquals(List.of("/specs/STATE.md"), index.of(Kind.TASK, "1.2").stream()
                .filter(o -> o.role() == Role.REFERENCE).map(o -> o.uri().getPath()).toList());
        assertEquals(1, index.of(Kind.TASK, "9.9").size(), "a dangling reference is still an occurrence");
    }

    @Test
    void requirementCitationsCountWhenDeclaredOrExplicitAndCompareCanonically() {
        SymbolIndex index = specSet().symbols();

        assertEquals(List.of("REFERENCE", "DECLARATION"), index.of(Kind.REQUIREMENT, "FR-1").stream()
                .map(o -> o.role().name()).toList());
        assertEquals(List.of("FR-2"), index.of(Kind.REQUIREMENT, "FR-2").stream().map(Occurrence::text).toList());
        assertEquals(List.of(), index.of(Kind.REQUIREMENT, "UTF-8"), "an undeclared look-alike is no citation");
    }

    @Test
    void occurrenceUnderTheCursorIncludesItsEnd() {
        SymbolIndex index = specSet().symbols();
        int dependsOn = PLAN_TEXT.indexOf("1.1, 9.9");

        assertEquals("1.1", index.at(PLAN, dependsOn + 3).text());
        assertEquals("9.9", index.at(PLAN, dependsOn + 5).text());
        assertNull(index.at(PLAN, dependsOn + 4));
        assertEquals(List.of("1.1", "1.2"), index.in(STATE).stream().map(Occurrence::text).toList());
    }
}
