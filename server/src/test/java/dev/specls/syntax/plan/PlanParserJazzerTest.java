package dev.specls.syntax.plan;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specls.testing.FuzzInput;
import dev.specls.testing.ParseInvariants;

/**
 * Coverage-guided fuzzing of the plan parser (docs/reliability.md): every input parses without an
 * exception into a tree whose spans hold. Runs over its seed corpus in every build; {@code -Pfuzz} fuzzes.
 */
class PlanParserJazzerTest {

    @FuzzTest(maxDuration = "5m")
    void plan(byte[] input) {
        ParseInvariants.plan(FuzzInput.text(input), "fuzz input");
    }
}
