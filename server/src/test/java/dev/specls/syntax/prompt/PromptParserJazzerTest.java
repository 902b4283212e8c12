package dev.specls.syntax.prompt;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specls.testing.FuzzInput;
import dev.specls.testing.ParseInvariants;

/** Coverage-guided fuzzing of the prompt parser in every dialect (docs/reliability.md). */
class PromptParserJazzerTest {

    @FuzzTest(maxDuration = "5m")
    void prompt(byte[] input) {
        ParseInvariants.prompt(FuzzInput.text(input));
    }
}
