package dev.specls.syntax.requirements;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specls.testing.FuzzInput;
import dev.specls.testing.ParseInvariants;

/** Coverage-guided fuzzing of the requirements parser (docs/reliability.md). */
class RequirementsParserJazzerTest {

    @FuzzTest(maxDuration = "5m")
    void requirements(byte[] input) {
        ParseInvariants.requirements(FuzzInput.text(input));
    }
}
