package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kiro acceptance criterion that is not one of the EARS patterns Kiro writes: ubiquitous
 * ({@code THE <system> SHALL <response>}), event-driven ({@code WHEN <trigger> THEN THE <system> SHALL …}),
 * state-driven ({@code WHILE <state> …}), unwanted behaviour ({@code IF <condition> THEN …}), optional feature
 * ({@code WHERE <feature> …}) and their combinations. Each shape is a promise a test can check; a sentence
 * outside them promises nothing, or hides its condition where a reader takes it for part of the response.
 */
final class KiroEarsCriterion extends SpecRule {

    private static final Pattern SHALL = Pattern.compile("(?i)\\bshall\\b");
    private static final Pattern OPENING_KEYWORD = Pattern.compile("(?i)^(WHEN|WHILE|IF|WHERE)\\b");
    private static final Pattern THEN = Pattern.compile("(?i)\\bthen\\b");
    /** Only the capitalised keywords: in lower case, "when" and "if" are ordinary words of a response. */
    private static final Pattern TRAILING_KEYWORD = Pattern.compile("\\b(WHEN|WHILE|IF|WHERE)\\b");

    KiroEarsCriterion() {
        super("kiro/ears-criterion", Severity.WARNING,
                "An acceptance criterion is not in EARS form (WHEN/IF/WHILE/WHERE … THE system SHALL …), so it states nothing testable.",
                Set.of(SpecFormat.KIRO));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() != ItemKind.CRITERION) {
                continue;
            }
            String problem = problem(declared.item().title().strip());
            if (problem != null) {
                sink.report(declared.file().uri(), declared.item().idSpan(), "Acceptance criterion " + declared.item().id()
                        + " is not in EARS form: " + problem);
            }
        }
    }

    /** What keeps the criterion out of the EARS patterns, with how to write it, or {@code null} when it is one of them. */
    static String problem(String criterion) {
        Matcher shall = SHALL.matcher(criterion);
        if (!shall.find()) {
            return "Kiro writes criteria as \"WHEN <event> THEN THE <system> SHALL <response>\", and without a SHALL it promises nothing a test "
                    + "can check. Rewrite it as an EARS sentence.";
        }
        String before = criterion.substring(0, shall.start());
        String after = criterion.substring(shall.end()).strip();
        if (after.isEmpty() || after.chars().noneMatch(Character::isLetter)) {
            return "nothing follows SHALL, so the criterion names no response to test. Say what the system does after SHALL.";
        }
        Matcher opening = OPENING_KEYWORD.matcher(before);
        if (opening.find() && opening.group(1).equalsIgnoreCase("IF") && !THEN.matcher(before).find()) {
            return "an unwanted-behaviour criterion is \"IF <condition> THEN THE <system> SHALL <response>\", and without THEN the condition runs "
                    + "into the system's name. Write THEN before the system.";
        }
        Matcher trailing = TRAILING_KEYWORD.matcher(after);
        if (trailing.find()) {
            return "its " + trailing.group(1) + " condition comes after the response, where a reader and a test take it for part of what the "
                    + "system does. EARS puts the condition first: \"" + trailing.group(1) + " <condition> THEN THE <system> SHALL <response>\".";
        }
        return null;
    }
}
