package dev.specls.syntax.xml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specls.testing.FuzzInput;
import dev.specls.testing.ParseInvariants;

/**
 * Coverage-guided fuzzing of the XML reader (docs/reliability.md): any input reads without an exception
 * into a tree whose spans hold, with at most the capped number of errors, and every text the reader did not
 * mark as decoded is its raw span verbatim.
 */
class XmlReaderJazzerTest {

    @FuzzTest(maxDuration = "5m")
    void xml(byte[] input) {
        ParseInvariants.xml(FuzzInput.text(input));
    }
}
