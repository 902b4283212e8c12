package dev.specls.syntax.state;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specls.testing.FuzzInput;
import dev.specls.testing.ParseInvariants;

/** Coverage-guided fuzzing of the state parser (docs/reliability.md). */
class StateParserJazzerTest {

    @FuzzTest(maxDuration = "5m")
    void state(byte[] input) {
        ParseInvariants.state(FuzzInput.text(input));
    }
}
