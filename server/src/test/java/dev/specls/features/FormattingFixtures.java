package dev.specls.features;

import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/**
 * {@code fixtures/features/formatting}: formats the plan ({@code # args: file=…}, {@code tabSize=2},
 * {@code insertSpaces=false}, {@code showEdits=true}) and shows the edit count, optionally the edits
 * (ranges {@code line:col-line:col}, 0-based, in the fixture's encoding), and the whole file after the
 * edits. Every case also proves the formatter idempotent: formatting its own result must yield no edit.
 */
public class FormattingFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        URI uri = FixtureEdits.uri(args, "PLAN.md");
        FormattingOptions options = new FormattingOptions(Integer.parseInt(args.getOrDefault("tabSize", "4")),
                Boolean.parseBoolean(args.getOrDefault("insertSpaces", "true")));
        List<TextEdit> edits = Formatting.format(context, uri, options);
        StringBuilder out = new StringBuilder();
        out.append("edits: ").append(edits.size()).append('\n');
        if (Boolean.parseBoolean(args.getOrDefault("showEdits", "false"))) {
            out.append(FixtureEdits.edits(edits));
        }
        SourceFile file = context.workspace().file(uri);
        if (file == null || edits.isEmpty()) {
            return out.toString();
        }
        String formatted = FixtureEdits.apply(context, file, edits);
        List<TextEdit> again = Formatting.format(FixtureEdits.withText(context, uri, formatted), uri, options);
        if (!again.isEmpty()) {
            throw new AssertionError("not idempotent, a second pass edits:\n" + FixtureEdits.edits(again) + "of:\n" + formatted);
        }
        out.append("--- formatted\n").append(formatted);
        return formatted.endsWith("\n") ? out.toString() : out.append('\n').toString();
    }
}
