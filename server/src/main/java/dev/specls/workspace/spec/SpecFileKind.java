package dev.specls.workspace.spec;

import dev.specls.syntax.spec.GsdParser;
import dev.specls.syntax.spec.KiroParser;
import dev.specls.syntax.spec.SagaParser;
import dev.specls.syntax.spec.SpecDocument;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecKitParser;
import dev.specls.syntax.spec.SpecRole;
import dev.specls.syntax.spec.SpecpilotParser;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Each kind of file of the non-sago spec formats: where its tool keeps it, how it is parsed, and which
 * folder its spec set is grouped under (the feature folder, the root of a Saga tree, {@code .planning}).
 * The name is the kind's name in {@code .specls.toml}'s {@code [files]}. Kinds are tried in order: Kiro's
 * {@code .kiro/specs/*} before Spec Kit's {@code specs/*}, which would match it too.
 */
public enum SpecFileKind {
    KIRO_REQUIREMENTS(SpecFormat.KIRO, SpecRole.REQUIREMENTS, 1, text -> KiroParser.parse(text, SpecRole.REQUIREMENTS),
            "**/.kiro/specs/*/requirements.md", "**/.kiro/specs/*/bugfix.md"),
    KIRO_DESIGN(SpecFormat.KIRO, SpecRole.DESIGN, 1, text -> KiroParser.parse(text, SpecRole.DESIGN), "**/.kiro/specs/*/design.md"),
    KIRO_TASKS(SpecFormat.KIRO, SpecRole.TASKS, 1, text -> KiroParser.parse(text, SpecRole.TASKS), "**/.kiro/specs/*/tasks.md"),
    SPECKIT_SPEC(SpecFormat.SPEC_KIT, SpecRole.SPEC, 1, text -> SpecKitParser.parse(text, SpecRole.SPEC), "**/specs/*/spec.md"),
    SPECKIT_PLAN(SpecFormat.SPEC_KIT, SpecRole.PLAN, 1, text -> SpecKitParser.parse(text, SpecRole.PLAN), "**/specs/*/plan.md"),
    SPECKIT_TASKS(SpecFormat.SPEC_KIT, SpecRole.TASKS, 1, text -> SpecKitParser.parse(text, SpecRole.TASKS), "**/specs/*/tasks.md"),
    SPECKIT_CHECKLIST(SpecFormat.SPEC_KIT, SpecRole.CHECKLIST, 2, text -> SpecKitParser.parse(text, SpecRole.CHECKLIST), "**/specs/*/checklists/*.md"),
    SPECKIT_CONSTITUTION(SpecFormat.SPEC_KIT, SpecRole.CONSTITUTION, 1, text -> SpecKitParser.parse(text, SpecRole.CONSTITUTION),
            "**/.specify/memory/constitution.md"),
    SAGA(SpecFormat.SAGA, SpecRole.SAGA, 1, text -> SagaParser.parse(text, SpecRole.SAGA), "**/SAGA.md"),
    SAGA_MILESTONE(SpecFormat.SAGA, SpecRole.MILESTONE, 3, text -> SagaParser.parse(text, SpecRole.MILESTONE), "**/milestones/*/MILESTONE.md"),
    SAGA_TASK(SpecFormat.SAGA, SpecRole.SAGA_TASK, 4, text -> SagaParser.parse(text, SpecRole.SAGA_TASK), "**/milestones/*/tasks/*.md"),
    SAGA_PROGRESS(SpecFormat.SAGA, SpecRole.PROGRESS, 1, text -> SagaParser.parse(text, SpecRole.PROGRESS), "**/PROGRESS.md"),
    GSD_ROADMAP(SpecFormat.GSD, SpecRole.ROADMAP, 1, GsdParser::parseRoadmap, "**/.planning/ROADMAP.md"),
    GSD_PLAN(SpecFormat.GSD, SpecRole.PHASE_PLAN, 3, GsdParser::parsePlan, "**/.planning/phases/*/PLAN.md", "**/.planning/phases/*/*-PLAN.md"),
    SPECPILOT_SPEC(SpecFormat.SPECPILOT, SpecRole.SPEC, 1, text -> SpecpilotParser.parse(text, SpecRole.SPEC), "**/spec.md"),
    SPECPILOT_PLAN(SpecFormat.SPECPILOT, SpecRole.PLAN, 1, text -> SpecpilotParser.parse(text, SpecRole.PLAN), "**/plan.md"),
    SPECPILOT_NOTES(SpecFormat.SPECPILOT, SpecRole.NOTES, 1, text -> SpecpilotParser.parse(text, SpecRole.NOTES), "**/needs.md", "**/impl_notes.md");

    private final SpecFormat format;
    private final SpecRole role;
    private final int levelsBelowRoot;
    private final Function<String, SpecDocument> parser;
    private final List<String> globs;

    SpecFileKind(SpecFormat format, SpecRole role, int levelsBelowRoot, Function<String, SpecDocument> parser, String... globs) {
        this.format = format;
        this.role = role;
        this.levelsBelowRoot = levelsBelowRoot;
        this.parser = parser;
        this.globs = List.of(globs);
    }

    public SpecFormat format() {
        return format;
    }

    public SpecRole role() {
        return role;
    }

    /** Where the tool keeps files of this kind, as globs over the whole path. */
    public List<String> globs() {
        return globs;
    }

    /** The parser; never throws, never does I/O. */
    public SpecDocument parse(String text) {
        return parser.apply(text);
    }

    /** The folder the file's spec set is grouped under: the feature folder, the root of the Saga tree, {@code .planning}. */
    public Path root(Path file) {
        Path root = file;
        for (int i = 0; i < levelsBelowRoot && root != null; i++) {
            root = root.getParent();
        }
        return root;
    }

    /** The document with the ids a Saga tree's folders give to a milestone or task file that declares none. */
    public SpecDocument placed(SpecDocument document, Path file) {
        if (this == SAGA_TASK) {
            return SagaParser.numbered(document, number(file.getParent().getParent()), number(file));
        }
        if (this == SAGA_MILESTONE) {
            return SagaParser.numbered(document, number(file.getParent()), 0);
        }
        return document;
    }

    /**
     * The id a Saga file's milestone folder gives the item declared as {@code headingId}: for
     * {@code milestones/02-sharing/MILESTONE.md} milestone {@code 2}, for a task in
     * {@code milestones/02-sharing/tasks/} {@code 2.n} with the heading's own task number {@code n}; {@code null}
     * for another file, a folder without a number, or a task heading without one.
     */
    public static String idByFolder(SpecRole role, URI uri, String headingId) {
        if (role != SpecRole.SAGA_TASK && role != SpecRole.MILESTONE) {
            return null;
        }
        // The URI's own path, not a file system path: a rule asks this of every file of the tree on each keystroke.
        int milestone = number(segmentFromEnd(uri.getPath(), role == SpecRole.SAGA_TASK ? 3 : 2));
        if (milestone <= 0) {
            return null;
        }
        if (role == SpecRole.MILESTONE) {
            return String.valueOf(milestone);
        }
        int dot = headingId.indexOf('.');
        return dot < 0 ? null : milestone + headingId.substring(dot);
    }

    /** The path's segment {@code count} from its end (1 for the file name), or "" when it has fewer. */
    private static String segmentFromEnd(String path, int count) {
        if (path == null) {
            return "";
        }
        int end = path.length();
        for (int i = 1; i < count; i++) {
            end = path.lastIndexOf('/', end - 1);
            if (end <= 0) {
                return "";
            }
        }
        return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    }

    /** The name of the folder that holds a Saga milestone file ({@code 02-sharing}), or {@code null}. */
    public static String milestoneFolder(URI uri) {
        String folder = segmentFromEnd(uri.getPath(), 2);
        return folder.isEmpty() ? null : folder;
    }

    /** {@code 2} for {@code 02-api} or {@code 02-api.md}; 0 without a leading number. */
    static int number(Path path) {
        return path == null || path.getFileName() == null ? 0 : number(path.getFileName().toString());
    }

    private static int number(String name) {
        int digits = 0;
        while (digits < name.length() && digits < 6 && Character.isDigit(name.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? 0 : Integer.parseInt(name.substring(0, digits));
    }

    /** The kind with this name as {@code .specls.toml} writes it, or {@code null}. */
    public static SpecFileKind named(String name) {
        for (SpecFileKind kind : values()) {
            if (kind.name().equals(name.toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
