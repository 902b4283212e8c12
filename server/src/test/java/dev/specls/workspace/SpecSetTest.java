package dev.specls.workspace;

import static dev.specls.workspace.Plans.field;
import static dev.specls.workspace.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.syntax.FileKind;
import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.TaskStatus;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.requirements.RequirementSyntax;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.state.StateDocument;
import dev.specls.syntax.state.StateEntry;
import dev.specls.text.Snapshot;
import dev.specls.text.Span;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecSetTest {

    private static final Path FOLDER = Path.of("/specs").toAbsolutePath();
    private static final String PLAN_TEXT = """
            <task id="1.1"><name>Login (AUTH-1)</name><action>Build AUTH-2 and FR-3a, not xAUTH-9 or AUTH-4b2</action>
            <requirements>AUTH-01, SC-7</requirements></task>
            <task id="1.2"><name>Logout</name></task>
            """;

    @Test
    void citationsCarryFileSpansAndTellExplicitFromMentioned() {
        SpecSet specSet = new SpecSet(FOLDER, planFile(), null, null);
        List<String> written = specSet.citations().stream().map(citation -> citation.ref().value()).toList();
        assertEquals(List.of("AUTH-1", "AUTH-2", "FR-3a", "AUTH-01", "SC-7"), written);
        assertEquals(List.of(false, false, false, true, true), specSet.citations().stream().map(Citation::explicit).toList());
        Ref first = specSet.citations().get(0).ref();
        assertEquals("AUTH-1", first.span().of(PLAN_TEXT));
        assertSame(specSet.task("1.1"), specSet.citations().get(0).task());
        assertSame(specSet.citations(), specSet.citations());
    }

    @Test
    void statusFollowsTheLinesSagoReads() {
        StateDocument state = new StateDocument(List.of(), List.of(
                entry(TaskStatus.DONE, "1.1", true),
                entry(TaskStatus.FAILED, "1.1", true),
                entry(TaskStatus.SKIPPED, "1.2", false)), List.of(), MarkdownOutline.of(""));
        SpecSet specSet = new SpecSet(FOLDER, planFile(), null, new SourceFile(snapshot("STATE.md", ""), FileKind.STATE, state));
        assertEquals("done", specSet.status(specSet.task("1.1")).word());
        assertEquals(TaskStatus.PENDING, specSet.status(specSet.task("1.2")));
        assertEquals(TaskStatus.SKIPPED, specSet.stateEntry("1.2").mark());
        assertEquals(2, specSet.stateEntries("1.1").size());
        assertNull(specSet.stateEntry("9.9"));
    }

    @Test
    void requirementsAreFoundByCanonicalId() {
        Requirement requirement = new Requirement("FR-001", "FR-1", Span.EMPTY, "text", Span.EMPTY, Span.EMPTY, null, RequirementSyntax.SPEC_KIT,
                "V1", true, "", false);
        SourceFile requirements = new SourceFile(snapshot("REQUIREMENTS.md", ""), FileKind.REQUIREMENTS,
                new RequirementsDocument(List.of(), List.of(requirement), List.of(), MarkdownOutline.of("")));
        SpecSet specSet = new SpecSet(FOLDER, null, requirements, null);
        assertEquals(List.of(requirement), specSet.requirements("FR-1"));
        assertEquals(List.of(), specSet.requirements("FR-001"));
        assertFalse(specSet.sagoPlan());
        assertEquals(List.of(), specSet.graph().tasks());
        assertEquals(List.of(), specSet.citations());
        assertNull(specSet.planUri());
        assertEquals(List.of(requirements), specSet.members());
    }

    @Test
    void replacingOneMemberKeepsWhatTheOthersDerived() {
        SourceFile plan = planFile();
        SpecSet before = new SpecSet(FOLDER, plan, null, null);
        PlanGraph graph = before.graph();
        SourceFile state = new SourceFile(snapshot("STATE.md", ""), FileKind.STATE, new StateDocument(List.of(), List.of(), List.of(), MarkdownOutline.of("")));
        SpecSet after = SpecSet.replacing(before, FOLDER, List.of(plan, state));
        assertSame(graph, after.graph());
        assertSame(after, SpecSet.replacing(after, FOLDER, List.of(plan, state)));
        assertTrue(after.sagoPlan());
    }

    private static SourceFile planFile() {
        PlanDocument document = plan().phase()
                .add(Plans.task("1.1", List.of(), field(PLAN_TEXT, "Login (AUTH-1)"),
                        field(PLAN_TEXT, "Build AUTH-2 and FR-3a, not xAUTH-9 or AUTH-4b2"), field(PLAN_TEXT, "AUTH-01, SC-7")))
                .add(Plans.task("1.2", List.of(), field(PLAN_TEXT, "Logout"), null, null))
                .build();
        return new SourceFile(snapshot("PLAN.md", PLAN_TEXT), FileKind.PLAN, document);
    }

    private static Snapshot snapshot(String name, String text) {
        URI uri = FOLDER.resolve(name).toUri();
        return new Snapshot(uri, -1, text);
    }

    private static StateEntry entry(TaskStatus mark, String id, boolean readable) {
        return new StateEntry(mark, id, Span.EMPTY, "", Span.EMPTY, "", Span.EMPTY, readable);
    }
}
