package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import dev.specls.syntax.SyntaxTree;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the workspace knows of one format: which files are of its kind, how their text is parsed, and
 * how they group into spec sets. Built step by step, each step returning a new value:
 * {@code FileFormat.of(KIND).named("**}{@code /tasks.md").parsedBy(TasksParser::parse).groupedBy(layout)}.
 *
 * @param kind       the kind the format gives its files
 * @param names      globs matched against a file's whole path (so {@code **}{@code /PLAN.md} finds it anywhere)
 * @param languageId an editor language id that makes any buffer a file of this kind, or {@code null}
 * @param recognizer true for a text that is of this kind where the text decides (an untitled buffer, a
 *                   file a {@code planByContent} glob selects, a Markdown file named on the command line); {@code null}: never
 * @param parser     text to tree; never throws, never does I/O; {@code null}: files of the kind are held unparsed
 * @param layout     how files of the kind group into spec sets; {@code null}: they join none
 */
public record FileFormat(FileKind kind, List<String> names, String languageId, Predicate<String> recognizer,
        Function<String, ? extends SyntaxTree> parser, SpecSetLayout layout) {

    public FileFormat {
        Objects.requireNonNull(kind);
        names = List.copyOf(names);
    }

    /** A format of this kind that no file name selects yet, unparsed, in no spec set. */
    public static FileFormat of(FileKind kind) {
        return new FileFormat(kind, List.of(), null, null, null, null);
    }

    public FileFormat named(String... globs) {
        return new FileFormat(kind, List.of(globs), languageId, recognizer, parser, layout);
    }

    public FileFormat language(String id) {
        return new FileFormat(kind, names, id, recognizer, parser, layout);
    }

    public FileFormat recognizedBy(Predicate<String> textIsOfKind) {
        return new FileFormat(kind, names, languageId, textIsOfKind, parser, layout);
    }

    public FileFormat parsedBy(Function<String, ? extends SyntaxTree> textToTree) {
        return new FileFormat(kind, names, languageId, recognizer, textToTree, layout);
    }

    public FileFormat groupedBy(SpecSetLayout specSetLayout) {
        return new FileFormat(kind, names, languageId, recognizer, parser, specSetLayout);
    }

    /** The parser's tree of the text, or {@code null} without a parser. */
    public SyntaxTree parse(String text) {
        return parser == null ? null : parser.apply(text);
    }

    boolean recognizes(String text) {
        return recognizer != null && recognizer.test(text);
    }
}
