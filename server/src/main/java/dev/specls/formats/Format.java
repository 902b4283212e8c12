package dev.specls.formats;

import dev.specls.check.Rule;
import dev.specls.features.FormatFeatures;
import dev.specls.syntax.FileKind;
import dev.specls.workspace.FileFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the {@link Formats} table: what a file of the kind is (names, parser, spec-set layout),
 * the rules that check it, and the editor features it adds.
 *
 * @param file     names, content recognition, parser and layout, as the workspace reads files
 * @param rules    the rules of the format, in the order docs/rules.md lists them; the checker runs each on
 *                 every spec set, so a rule looks for its own files ({@code SpecSet.members(kind)})
 * @param features completion, hover, outline, folding and semantic tokens for files of the kind
 */
public record Format(FileFormat file, List<Rule> rules, FormatFeatures features) {

    public Format {
        Objects.requireNonNull(file);
        rules = List.copyOf(rules);
        Objects.requireNonNull(features);
    }

    /** A row with no rules and no features yet. */
    public static Format of(FileFormat file) {
        return new Format(file, List.of(), FormatFeatures.NONE);
    }

    /** This row with these rules added after the ones it has. */
    public Format checkedBy(List<? extends Rule> more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new Format(file, all, features);
    }

    public Format withFeatures(FormatFeatures formatFeatures) {
        return new Format(file, rules, formatFeatures);
    }

    public FileKind kind() {
        return file.kind();
    }
}
