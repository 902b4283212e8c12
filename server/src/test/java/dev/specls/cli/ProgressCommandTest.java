package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code specls ready} and {@code specls status} on the example of every format, as text and as JSON. */
class ProgressCommandTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void readyListsWhatCanStartInEveryFormat() {
        CliRun run = CliRun.of(REPOSITORY, "ready", "examples/bookmarks", "examples/speckit", "examples/kiro", "examples/saga", "examples/gsd",
                "examples/specpilot");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("""
                examples/bookmarks/PLAN.md (sago): 1 ready
                  1.2  Store bookmarks in SQLite  (examples/bookmarks/PLAN.md:34)
                examples/gsd/.planning (GSD): 1 ready
                  02-01  Share tokens  (examples/gsd/.planning/phases/02-sharing/02-01-PLAN.md:3)
                examples/kiro/.kiro/specs/photo-albums (Kiro): nothing ready
                examples/saga (Saga): nothing ready
                examples/speckit/specs/001-photo-albums (Spec Kit): 2 ready
                  T004  Write failing model tests in tests/albums/test_model.py (FR-001, FR-002)  (examples/speckit/specs/001-photo-albums/tasks.md:24)
                  T005  Write failing API tests in tests/albums/test_api.py  (examples/speckit/specs/001-photo-albums/tasks.md:25)
                examples/specpilot (specpilot): 1 ready
                  2.1  Add the argparse entry point in wc_tool/cli.py (FR-01, FR-02)  (examples/specpilot/plan.md:10)
                """, run.out());
    }

    @Test
    void statusCountsPerMilestoneAndDetailsEveryTask() {
        CliRun run = CliRun.of(REPOSITORY, "status", "-d", "examples/saga");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("""
                examples/saga (Saga): 1/4 tasks done, 0 ready
                  Milestone 1: Albums  1/2  in progress
                    [done] 1.1  Albums table and model
                    [in progress] 1.2  Album endpoint
                  Milestone 2: Sharing  0/2  todo
                    [todo] 2.1  Share tokens  (waits for milestone 1)
                    [todo] 2.2  Shared album page  (waits for milestone 1, 2.1)
                """, run.out());
    }

    @Test
    void statusAsJsonHasOneEntryPerSpecSetWithItsGroups() throws IOException {
        CliRun run = CliRun.of(REPOSITORY, "status", "--format", "json", "examples/kiro", "examples/speckit");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        JsonNode sets = new ObjectMapper().readTree(run.out()).get("specSets");
        List<String> seen = new ArrayList<>();
        for (JsonNode set : sets) {
            seen.add(set.get("format").asText() + " " + set.get("done").asInt() + "/" + set.get("total").asInt() + " " + set.get("groups").size());
            for (JsonNode group : set.get("groups")) {
                assertTrue(group.get("done").asInt() <= group.get("total").asInt(), group::toString);
            }
        }
        assertEquals(List.of("kiro 2/6 3", "speckit 3/9 4"), seen);
    }
}
