package dev.specls.features;

import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Rendering shared by the navigation fixtures. Ranges read {@code line:col-line:col}, 0-based, in the
 * fixture's encoding, followed by the text they cover; files are named relative to the fixture folder.
 */
final class NavigationRendering {

    private NavigationRendering() {
    }

    static String fileName(String uri) {
        String folder = FeatureFixtureTest.FOLDER;
        return uri.startsWith(folder) ? uri.substring(folder.length()) : uri;
    }

    static String range(Range range) {
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-"
                + range.getEnd().getLine() + ":" + range.getEnd().getCharacter();
    }

    /** {@code 3:10-3:13 "1.2"}: the range and the text it covers. */
    static String rangeWithText(FeatureContext context, String uri, Range range) {
        SourceFile file = context.workspace().file(URI.create(uri));
        String covered = file == null ? "?" : Positions.span(file, range, context.encoding()).of(file.text());
        return range(range) + " \"" + covered + "\"";
    }

    static String location(FeatureContext context, Location location) {
        return fileName(location.getUri()) + " " + rangeWithText(context, location.getUri(), location.getRange());
    }

    static String locations(FeatureContext context, List<? extends Location> locations) {
        if (locations == null || locations.isEmpty()) {
            return "(none)\n";
        }
        StringBuilder out = new StringBuilder();
        for (Location location : locations) {
            out.append(location(context, location)).append('\n');
        }
        return out.toString();
    }

    /** The texts of every file the edit touches, with the edit applied; edits inside one file are applied from the end. */
    static Map<URI, String> apply(FeatureContext context, WorkspaceEdit edit) {
        Map<URI, String> edited = new TreeMap<>();
        for (var change : edit.getDocumentChanges()) {
            TextDocumentEdit documentEdit = change.getLeft();
            URI uri = URI.create(documentEdit.getTextDocument().getUri());
            SourceFile file = context.workspace().file(uri);
            List<Span> spans = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (var either : documentEdit.getEdits()) {
                TextEdit textEdit = either.getLeft();
                spans.add(Positions.span(file, textEdit.getRange(), context.encoding()));
                texts.add(textEdit.getNewText());
            }
            StringBuilder text = new StringBuilder(file.text());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(spans.get(b).start(), spans.get(a).start()));
            for (int i : order) {
                text.replace(spans.get(i).start(), spans.get(i).end(), texts.get(i));
            }
            edited.put(uri, text.toString());
        }
        return edited;
    }

    /** Findings per rule code of every spec set, after replacing the given files' texts (all files opened as buffers). */
    static Map<String, Integer> findingCounts(FeatureContext context, Map<URI, String> replaced) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        for (SourceFile file : context.workspace().files()) {
            workspace.open(file.uri(), 1, replaced.getOrDefault(file.uri(), file.text()));
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (SpecSet specSet : workspace.specSets()) {
            for (List<Finding> findings : context.checker().check(specSet).values()) {
                for (Finding finding : findings) {
                    counts.merge(finding.code(), 1, Integer::sum);
                }
            }
        }
        for (List<Finding> findings : context.checker().checkWorkspace(workspace).values()) {
            for (Finding finding : findings) {
                counts.merge(finding.code(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The codes whose count grew, as {@code CODE before->after}; "none" when the edit added no finding. */
    static String newFindings(Map<String, Integer> before, Map<String, Integer> after) {
        return changed(before, after, true);
    }

    /** The codes whose count fell, as {@code CODE before->after}; "none" when none did. */
    static String goneFindings(Map<String, Integer> before, Map<String, Integer> after) {
        return changed(before, after, false);
    }

    private static String changed(Map<String, Integer> before, Map<String, Integer> after, boolean grown) {
        Map<String, Integer> codes = new TreeMap<>(before);
        after.forEach(codes::putIfAbsent);
        List<String> changed = new ArrayList<>();
        for (String code : codes.keySet()) {
            int was = before.getOrDefault(code, 0);
            int now = after.getOrDefault(code, 0);
            if (grown ? now > was : now < was) {
                changed.add(code + " " + was + "->" + now);
            }
        }
        return changed.isEmpty() ? "none" : String.join(", ", changed);
    }
}
