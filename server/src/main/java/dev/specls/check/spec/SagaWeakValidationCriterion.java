package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.Mention;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A validation criterion that cannot fail: "works", "is done", "looks good". */
final class SagaWeakValidationCriterion extends SpecFileRule {

    /** Whole criteria that only restate success: they hold for any outcome the worker reports. */
    private static final Pattern CANNOT_FAIL = Pattern.compile(
            "^(?:the )?(?:(?:it|this|feature|task|code|everything|all|implementation|change|ui|api)\\s+)?"
                    + "(?:works?|is done|done|is complete|completed?|looks? (?:good|fine|correct|right)|is (?:good|fine|ok|okay|correct|working)"
                    + "|works (?:as expected|correctly|properly|fine|well)|functions? (?:correctly|properly)|no (?:issues|problems|bugs))\\.?$");

    /** Longer than any text the pattern accepts ("the implementation works as expected."): such a criterion says more, and is not lowered and matched. */
    private static final int LONGEST_MATCH = 64;

    SagaWeakValidationCriterion() {
        super("saga/weak-validation-criterion", Severity.WARNING,
                "A validation criterion cannot fail (\"works\", \"is done\", \"looks good\"), so it accepts any result.", Set.of(SpecFormat.SAGA));
    }

    @Override
    void check(SpecFile file, List<Declared> declaredInFile, FindingSink sink) {
        for (Declared declared : declaredInFile) {
            for (Mention criterion : declared.item().criteria()) {
                if (criterion.text().length() > LONGEST_MATCH) {
                    continue;
                }
                String text = criterion.text().strip().toLowerCase(Locale.ROOT).replace("`", "");
                if (CANNOT_FAIL.matcher(text).matches()) {
                    sink.report(declared.file().uri(), criterion.span(), "\"" + criterion.text().strip() + "\" cannot fail: a worker can claim it "
                            + "for any result, and Saga's bet is that every criterion is a contract. Say what is observed when it holds: a command "
                            + "and its output, a screen and what it shows, a test that passes.");
                }
            }
        }
    }
}
