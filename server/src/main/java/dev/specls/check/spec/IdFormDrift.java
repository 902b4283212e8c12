package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids with one prefix written in different shapes in one spec set ({@code FR-001} beside {@code FR-2}). */
final class IdFormDrift extends SpecRule {

    IdFormDrift() {
        super("spec/id-form-drift", Severity.HINT,
                "Ids with one prefix are written in different shapes (FR-001 and FR-2): they still match, but searches and tools that compare text miss some.",
                EVERY_FORMAT);
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        Map<ItemKind, Map<String, Declared>> firstByPrefix = new EnumMap<>(ItemKind.class);
        for (Declared declared : tree.declared()) {
            String prefix = numberedPrefix(declared.key());
            if (prefix == null) {
                continue;
            }
            Declared first = firstByPrefix.computeIfAbsent(declared.item().kind(), ignored -> new HashMap<>()).putIfAbsent(prefix, declared);
            if (first == null) {
                continue;
            }
            if (drifts(first.item().id(), declared.item().id())) {
                sink.report(declared.file().uri(), declared.item().idSpan(), declared.item().id() + " is written as " + ItemIds.form(declared.item().id())
                        + " while " + first.item().id() + " is written as " + ItemIds.form(first.item().id())
                        + ": both match, but text searches and other tools miss one shape. Write every " + prefix + " id the same way.",
                        List.of(new Related(first.file().uri(), first.item().idSpan(), "the first " + prefix + " id")));
            }
        }
    }

    /** The letter prefix of a key such as {@code FR-3a} ({@code FR}), or {@code null} for a key without letters and a number. */
    private static String numberedPrefix(String key) {
        int dash = key.indexOf('-');
        if (dash <= 0 || dash + 1 >= key.length() || !Character.isDigit(key.charAt(dash + 1))) {
            return null;
        }
        for (int i = 0; i < dash; i++) {
            char c = key.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        return key.substring(0, dash);
    }

    /**
     * True when the later id uses another separator, or another zero padding: {@code FR-001} then
     * {@code FR-2}, or {@code FR-1} then {@code FR-02}. {@code FR-999} then {@code FR-1000} keeps the shape.
     */
    static boolean drifts(String first, String later) {
        if (separated(first) != separated(later)) {
            return true;
        }
        String firstDigits = digitsOf(first);
        String laterDigits = digitsOf(later);
        boolean firstPadded = firstDigits.length() > 1 && firstDigits.charAt(0) == '0';
        boolean laterPadded = laterDigits.length() > 1 && laterDigits.charAt(0) == '0';
        if (firstPadded) {
            return laterDigits.length() < firstDigits.length() || (laterPadded && laterDigits.length() != firstDigits.length());
        }
        return laterPadded;
    }

    private static boolean separated(String id) {
        return id.indexOf('-') > 0 || id.indexOf('_') > 0;
    }

    private static String digitsOf(String id) {
        int start = 0;
        while (start < id.length() && !Character.isDigit(id.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < id.length() && Character.isDigit(id.charAt(end))) {
            end++;
        }
        return id.substring(start, end);
    }
}
