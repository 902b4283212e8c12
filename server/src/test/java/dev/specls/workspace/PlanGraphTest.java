package dev.specls.workspace;

import static dev.specls.workspace.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.syntax.plan.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanGraphTest {

    @Test
    void taskWithoutDependsOnDependsOnEveryEarlierTaskOfItsPhase() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1").task("1.2").task("1.3").phase().task("2.1").task("2.2").build());
        assertEquals(List.of(), graph.implicitDependencies(graph.task("1.1")));
        assertEquals(ids("1.1", "1.2"), ids(graph.implicitDependencies(graph.task("1.3"))));
        assertEquals(ids("2.1"), ids(graph.implicitDependencies(graph.task("2.2"))));
        assertEquals(List.of(), graph.explicitDependencies(graph.task("1.3")));
        assertEquals(ids("1.2", "1.3"), ids(graph.dependents(graph.task("1.1"))));
        assertEquals(List.of(), graph.dependents(graph.task("1.3")));
        assertEquals(List.of(0, 1, 2, 0, 1), layers(graph));
        assertTrue(graph.dependsOnTransitively(graph.task("1.3"), graph.task("1.1")));
        assertFalse(graph.dependsOnTransitively(graph.task("1.1"), graph.task("1.3")));
        assertFalse(graph.dependsOnTransitively(graph.task("2.1"), graph.task("1.1")));
        assertEquals(List.of(), graph.cycles());
    }

    @Test
    void implicitDependenciesAreAViewOfThePhase() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1").task("1.2").task("1.3").build());
        List<Task> dependencies = graph.implicitDependencies(graph.task("1.3"));
        assertSame(graph.task("1.1"), dependencies.get(0));
        assertThrows(UnsupportedOperationException.class, () -> dependencies.add(graph.task("1.1")));
    }

    @Test
    void explicitDependenciesReplaceTheImplicitOnes() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1").task("1.2").task("1.3", "1.1", "missing", "1.1").build());
        Task last = graph.task("1.3");
        assertEquals(ids("1.1"), ids(graph.explicitDependencies(last)));
        assertEquals(List.of(), graph.implicitDependencies(last));
        assertEquals(List.of(0, 1, 1), layers(graph));
        assertEquals(ids("1.3", "1.2"), ids(graph.dependents(graph.task("1.1"))));
        assertFalse(graph.dependsOnTransitively(last, graph.task("1.2")));
    }

    @Test
    void dependentsListExplicitThenImplicit() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1").task("1.2").phase().task("2.1", "1.1").task("2.2", "1.2").build());
        assertEquals(ids("2.1", "1.2"), ids(graph.dependents(graph.task("1.1"))));
    }

    @Test
    void crossPhaseDependencies() {
        PlanGraph graph = PlanGraph.of(plan()
                .phase().task("1.1").task("1.2")
                .phase().task("2.1", "1.2").task("2.2").task("2.3", "2.1")
                .build());
        assertEquals(List.of(0, 1, 2, 3, 3), layers(graph));
        assertTrue(graph.dependsOnTransitively(graph.task("2.2"), graph.task("1.1")));
        assertEquals(ids("1.1", "1.2", "2.1", "2.2", "2.3"), ids(graph.topologicalOrder()));
    }

    @Test
    void explicitEdgeToALaterImplicitTaskClosesACycleThroughTheImplicitEdge() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1", "1.2").task("1.2").task("1.3").build());
        assertEquals(1, graph.cycles().size());
        PlanGraph.Cycle cycle = graph.cycles().get(0);
        assertEquals(ids("1.1", "1.2", "1.1"), ids(cycle.path()));
        assertEquals(List.of(false, true), cycle.edgeIsImplicit());
        assertEquals(List.of(-1, -1, -1), layers(graph));
        assertEquals(ids("1.1", "1.2", "1.3"), ids(graph.topologicalOrder()));
    }

    @Test
    void selfLoop() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1").task("1.2", "1.2").phase().task("2.1", "1.1").build());
        assertEquals(1, graph.cycles().size());
        assertEquals(ids("1.2", "1.2"), ids(graph.cycles().get(0).path()));
        assertEquals(List.of(false), graph.cycles().get(0).edgeIsImplicit());
        assertEquals(List.of(0, -1, 1), layers(graph));
        assertTrue(graph.dependsOnTransitively(graph.task("1.2"), graph.task("1.2")));
        assertFalse(graph.dependsOnTransitively(graph.task("1.1"), graph.task("1.1")));
    }

    @Test
    void tasksBehindACycleHaveNoLayerAndComeLast() {
        PlanGraph graph = PlanGraph.of(plan()
                .phase().task("1.1", "1.3").task("1.2", "1.1").task("1.3", "1.2")
                .phase().task("2.1").task("2.2")
                .phase().task("3.1", "2.2")
                .build());
        assertEquals(1, graph.cycles().size());
        PlanGraph.Cycle cycle = graph.cycles().get(0);
        assertEquals(ids("1.1", "1.3", "1.2", "1.1"), ids(cycle.path()));
        assertEquals(List.of(false, false, false), cycle.edgeIsImplicit());
        assertEquals(List.of(-1, -1, -1, 0, 1, 2), layers(graph));
        assertEquals(ids("2.1", "2.2", "3.1", "1.1", "1.2", "1.3"), ids(graph.topologicalOrder()));
    }

    @Test
    void cycleBehindImplicitEdgesBlocksTheRestOfThePhase() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1").task("1.2", "1.3").task("1.3", "1.2").task("1.4").build());
        assertEquals(List.of(0, -1, -1, -1), layers(graph));
        assertEquals(ids("1.2", "1.3", "1.2"), ids(graph.cycles().get(0).path()));
    }

    @Test
    void duplicateIdsResolveToTheFirstDeclaration() {
        PlanGraph graph = PlanGraph.of(plan().phase().task("1.1").task("1.1").task("1.2", "1.1").build());
        assertEquals(2, graph.tasks("1.1").size());
        assertSame(graph.tasks().get(0), graph.task("1.1"));
        assertSame(graph.tasks().get(0), graph.explicitDependencies(graph.tasks().get(2)).get(0));
        assertNull(graph.task("9.9"));
        assertEquals(List.of(), graph.tasks("9.9"));
    }

    @Test
    void topologicalOrderPutsDependenciesFirstAndIsStable() {
        PlanGraph graph = PlanGraph.of(plan()
                .phase().task("1.1", "2.1").task("1.2", "1.3").task("1.3", "2.1")
                .phase().task("2.1", "2.1x").task("2.1x", "3.0")
                .build());
        assertEquals(ids("2.1x", "2.1", "1.1", "1.3", "1.2"), ids(graph.topologicalOrder()));
    }

    @Test
    void emptyGraph() {
        PlanGraph graph = PlanGraph.of(null);
        assertEquals(List.of(), graph.tasks());
        assertEquals(List.of(), graph.cycles());
        assertEquals(List.of(), graph.topologicalOrder());
        Task foreign = Plans.task("1.1", List.of(), null, null, null);
        assertEquals(-1, graph.layer(foreign));
        assertEquals(List.of(), graph.dependents(foreign));
        assertFalse(graph.dependsOnTransitively(foreign, foreign));
    }

    @Test
    void longImplicitChainDoesNotOverflowTheStack() {
        Plans builder = plan().phase();
        int count = 50_000;
        for (int i = 0; i < count; i++) {
            builder.task("1." + i);
        }
        PlanGraph graph = PlanGraph.of(builder.build());
        assertEquals(count - 1, graph.layer(graph.task("1." + (count - 1))));
        assertEquals(List.of(), graph.cycles());
        assertEquals(count - 1, graph.implicitDependencies(graph.task("1." + (count - 1))).size());
        assertTrue(graph.dependsOnTransitively(graph.task("1." + (count - 1)), graph.task("1.0")));
    }

    @Test
    void longExplicitCycleIsFoundIteratively() {
        Plans builder = plan().phase();
        int count = 50_000;
        for (int i = 0; i < count; i++) {
            builder.task("1." + i, "1." + ((i + 1) % count));
        }
        PlanGraph graph = PlanGraph.of(builder.build());
        assertEquals(1, graph.cycles().size());
        assertEquals(count + 1, graph.cycles().get(0).path().size());
        assertEquals(-1, graph.layer(graph.task("1.0")));
        assertEquals(count, graph.topologicalOrder().size());
    }

    private static List<String> ids(String... ids) {
        return List.of(ids);
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).toList();
    }

    private static List<Integer> layers(PlanGraph graph) {
        return graph.tasks().stream().map(graph::layer).toList();
    }
}
