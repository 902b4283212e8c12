package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Analysis;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.formats.Formats;
import dev.specls.testing.SagoCorpus;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import dev.specls.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keystroke path keeps what it can across versions of a file (the workspace's spec sets, the
 * findings cache); this test holds it, and any reuse added to it, to the promise that the result is
 * always that of a fresh analysis. It types 10,000 seeded random edits
 * (characters, whole lines, and edits aimed at ids, depends_on, {@code <files>}, tags, the text of a task's fields and
 * requirement ids, typing names, elements, attributes, namespaces, citations and fences) into the
 * sago corpus and the example plans, each open in one long-lived editor session, and after every edit
 * compares the session's findings with those of a new workspace holding the same text.
 */
class IncrementalAnalysisPropertyTest {

    private static final int EDITS = 10_000;
    /** Edits typed into a document before it goes back to its original text, so that it stays plan-like. */
    private static final int EDITS_BEFORE_RESET = 50;
    private static final long SEED = 20261202L;
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final Pattern AIMED = Pattern.compile("id=\"|depends_on=\"|<files>|</files>|<task\\b|</task>|<phase\\b|<name>|<verify>"
            + "|<action>|<done>|<requirements>|\\b[A-Z]+-\\d+|<[a-z_]+");
    private static final String[] SNIPPETS = {"a", "1", ".", ",", " ", "\n", "<", ">", "/", "\"", "=", "-", "1.1", "2.1, ", "src/a.py\n",
        "<task id=\"9.9\">", "</task>", "<files>", "</files>", "depends_on=\"1.1\" ", "&amp;", "<!--", "-->", "é", "\t", "\r",
        "FR-1 ", "REQ-01", "<name>x</name>", "<spam/>", "xmlns=\"urn:x\" ", "foo=\"1\" ", "```"};

    @TempDir
    Path temp;

    private record Document(Path folder, Path file, String text) {
    }

    @Test
    void everyEditGivesTheFindingsOfAFreshAnalysis() {
        List<Document> documents = documents();
        assertTrue(documents.size() > 10, "the corpus and the examples hold documents to edit");
        Random random = new Random(SEED);
        List<Session> sessions = new ArrayList<>();
        documents.forEach(document -> sessions.add(new Session(document)));
        for (int edit = 0; edit < EDITS; edit++) {
            Session session = sessions.get(edit % sessions.size());
            session.type(random);
            Map<URI, List<Finding>> incremental = session.model.check(session.uri);
            Map<URI, List<Finding>> fresh = freshFindings(session.document, session.uri, session.version, session.text);
            int number = edit;
            assertEquals(fresh, incremental, () -> "edit " + number + " of " + session.document.file() + " (" + session.lastEdit
                    + ") gave other findings than a fresh analysis of the same text:\n" + session.text);
        }
    }

    private static Map<URI, List<Finding>> freshFindings(Document document, URI uri, int version, String text) {
        Workspace workspace = Formats.BUILT_IN.newWorkspace(SettingsLookup.fixed(Settings.defaults()));
        workspace.addFolder(document.folder());
        workspace.open(uri, version, "markdown", text);
        WorkspaceSnapshot snapshot = workspace.snapshot();
        return Analysis.of(snapshot, Formats.BUILT_IN.newChecker(SettingsLookup.fixed(Settings.defaults())))
                .findingsOf(snapshot.affectedBy(uri));
    }

    /** One editor session on one document: a long-lived model that sees every version in turn. */
    private static final class Session {
        final Document document;
        final URI uri;
        final WorkspaceDocumentModel model;
        String text;
        int version = 1;
        int edits;
        String lastEdit = "open";

        Session(Document document) {
            this.document = document;
            this.uri = Uris.of(document.file());
            Workspace workspace = Formats.BUILT_IN.newWorkspace(SettingsLookup.fixed(Settings.defaults()));
            workspace.addFolder(document.folder());
            this.model = new WorkspaceDocumentModel(workspace, Formats.BUILT_IN);
            this.text = document.text();
            model.open(uri, version, "markdown", text);
            model.check(uri);
        }

        void type(Random random) {
            if (++edits % EDITS_BEFORE_RESET == 0) {
                text = document.text();
                lastEdit = "back to the original text";
            } else {
                text = edited(text, random);
            }
            model.change(uri, ++version, text);
        }

        private String edited(String current, Random random) {
            int kind = random.nextInt(8);
            int at = aimedOffset(current, random);
            switch (kind) {
                case 0, 1 -> {
                    String snippet = SNIPPETS[random.nextInt(SNIPPETS.length)];
                    lastEdit = "insert " + quoted(snippet) + " at " + at;
                    return current.substring(0, at) + snippet + current.substring(at);
                }
                case 2, 3 -> {
                    int end = Math.min(current.length(), at + 1 + random.nextInt(3));
                    lastEdit = "delete [" + at + ", " + end + ")";
                    return current.substring(0, at) + current.substring(end);
                }
                case 4 -> {
                    int end = Math.min(current.length(), at + 1 + random.nextInt(4));
                    String snippet = SNIPPETS[random.nextInt(SNIPPETS.length)];
                    lastEdit = "replace [" + at + ", " + end + ") by " + quoted(snippet);
                    return current.substring(0, at) + snippet + current.substring(end);
                }
                case 5 -> {
                    int[] line = line(current, at);
                    lastEdit = "delete the line [" + line[0] + ", " + line[1] + ")";
                    return current.substring(0, line[0]) + current.substring(line[1]);
                }
                case 6 -> {
                    int[] line = line(current, random.nextInt(current.length() + 1));
                    int[] target = line(current, at);
                    lastEdit = "copy the line at " + line[0] + " before " + target[0];
                    String copied = current.substring(line[0], line[1]);
                    return current.substring(0, target[0]) + copied + (copied.endsWith("\n") ? "" : "\n") + current.substring(target[0]);
                }
                default -> {
                    int[] line = line(current, at);
                    int[] other = line(current, random.nextInt(current.length() + 1));
                    lastEdit = "replace the line at " + line[0] + " by the one at " + other[0];
                    return current.substring(0, line[0]) + current.substring(other[0], other[1]) + current.substring(line[1]);
                }
            }
        }

        /** Half the time inside or right after an id, a depends_on, {@code <files>} or a tag; else anywhere. */
        private static int aimedOffset(String text, Random random) {
            if (random.nextBoolean()) {
                List<Integer> places = new ArrayList<>();
                Matcher matcher = AIMED.matcher(text);
                while (matcher.find()) {
                    places.add(matcher.end());
                }
                if (!places.isEmpty()) {
                    int place = places.get(random.nextInt(places.size())) - random.nextInt(3) + random.nextInt(4);
                    return Math.max(0, Math.min(text.length(), place));
                }
            }
            return random.nextInt(text.length() + 1);
        }

        /** The line holding {@code offset}, with its line break. */
        private static int[] line(String text, int offset) {
            int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
            if (offset == 0) {
                start = 0;
            }
            int end = text.indexOf('\n', offset);
            return new int[] {start, end < 0 ? text.length() : end + 1};
        }

        private static String quoted(String snippet) {
            return "\"" + snippet.replace("\n", "\\n").replace("\t", "\\t") + "\"";
        }
    }

    /**
     * Every sago corpus case as the PLAN.md of a folder of its own, and every Markdown file of the examples;
     * a file that is not valid UTF-8 is typed into as the editor shows it.
     */
    private List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(SagoCorpus.PROJECT)) {
            for (Path source : corpus.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                Path folder = Files.createDirectories(temp.resolve(source.getFileName().toString().replace(".md", "")));
                byte[] bytes = Files.readAllBytes(source);
                Path plan = Files.write(folder.resolve("PLAN.md"), bytes);
                documents.add(new Document(folder, plan, new String(bytes, StandardCharsets.UTF_8)));
            }
            try (Stream<Path> examples = Files.walk(EXAMPLES)) {
                for (Path file : examples.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                    documents.add(new Document(file.getParent(), file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }
}
