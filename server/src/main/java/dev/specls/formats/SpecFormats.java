package dev.specls.formats;

import dev.specls.check.Rule;
import dev.specls.check.spec.SpecRule;
import dev.specls.check.spec.SpecRules;
import dev.specls.features.SpecFeatures;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.FileFormat;
import dev.specls.workspace.spec.SpecFileKind;
import dev.specls.workspace.spec.SpecTreeLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the spec formats besides sago's: one per kind of file ({@link SpecFileKind}), each with its
 * names, parser, its format's layout and the shared features. The rules ride on the first row of the
 * formats they check, so that the table lists each once: the shared {@code spec/} rules and Kiro's on
 * Kiro's first row, then Spec Kit's, Saga's and GSD's on theirs.
 */
final class SpecFormats {

    private SpecFormats() {
    }

    /** GSD's phase plans, which the table tries before any other {@code PLAN.md}. */
    static Format gsdPlan() {
        return row(SpecFileKind.GSD_PLAN);
    }

    /** Every other spec format's rows, in the order their names are tried: Kiro's {@code .kiro/specs} before Spec Kit's {@code specs}. */
    static List<Format> rows() {
        List<Format> rows = new ArrayList<>();
        for (SpecFileKind kind : SpecFileKind.values()) {
            if (kind != SpecFileKind.GSD_PLAN) {
                rows.add(row(kind));
            }
        }
        return rows;
    }

    private static Format row(SpecFileKind kind) {
        FileFormat file = FileFormat.of(kind == SpecFileKind.GSD_PLAN ? FileKind.GSD_PLAN : new FileKind(kind.name()))
                .named(kind.globs().toArray(String[]::new))
                .parsedBy(kind::parse)
                .groupedBy(SpecTreeLayout.of(kind.format()));
        return Format.of(file).checkedBy(rulesCarriedBy(kind)).withFeatures(SpecFeatures.INSTANCE);
    }

    /** The rules listed on this kind's row: on the first row of each format, that format's rules (Kiro's also the shared ones). */
    private static List<Rule> rulesCarriedBy(SpecFileKind kind) {
        List<Rule> carried = new ArrayList<>();
        if (kind == SpecFileKind.GSD_PLAN || !isFirstOfItsFormat(kind)) {
            return carried;
        }
        for (SpecRule rule : SpecRules.all()) {
            SpecFormat home = home(rule);
            if (home == kind.format()) {
                carried.add(rule);
            }
        }
        return carried;
    }

    /** The format whose row lists the rule: its own family, or Kiro's first row for the shared {@code spec/} rules. */
    private static SpecFormat home(SpecRule rule) {
        String family = rule.code().substring(0, rule.code().indexOf('/'));
        for (SpecFormat format : SpecFormat.values()) {
            if (format.code().equals(family)) {
                return format;
            }
        }
        return SpecFormat.KIRO;
    }

    private static boolean isFirstOfItsFormat(SpecFileKind kind) {
        for (SpecFileKind other : SpecFileKind.values()) {
            if (other.format() == kind.format() && other != SpecFileKind.GSD_PLAN) {
                return other == kind;
            }
        }
        return false;
    }
}
