package dev.specls.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.specls.check.Checker;
import dev.specls.formats.Formats;

/**
 * End-to-end tests assert on the codes of real rules. A test that needs a rule the build does not
 * register yet is skipped, not failed, and says which rule it waits for; once the rule is registered
 * the test is strict.
 */
public final class RuleCodes {

    private RuleCodes() {
    }

    public static boolean registered(String code) {
        return Checker.knows(Formats.BUILT_IN.rules(), code);
    }

    /** Skips the calling test unless every one of the codes belongs to a registered rule. */
    public static void assumeRegistered(String... codes) {
        for (String code : codes) {
            assumeTrue(registered(code), () -> "needs the rule " + code + ", which this build does not register");
        }
    }
}
