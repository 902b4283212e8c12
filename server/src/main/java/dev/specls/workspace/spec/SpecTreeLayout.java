package dev.specls.workspace.spec;

import dev.specls.syntax.FileKind;
import dev.specls.syntax.spec.SpecDocument;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.Glob;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SpecSetLayout;
import dev.specls.workspace.Uris;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * How one format's files group into spec sets: under the folder its tool keeps together (a Spec Kit or
 * Kiro feature folder, the root of a Saga tree, GSD's {@code .planning}, a specpilot workspace). A
 * group makes one spec set once it holds what the tool needs ({@link SpecTrees#of}).
 */
public final class SpecTreeLayout implements SpecSetLayout {

    private static final Map<SpecFormat, SpecTreeLayout> BY_FORMAT = new EnumMap<>(SpecFormat.class);

    static {
        for (SpecFormat format : SpecFormat.values()) {
            BY_FORMAT.put(format, new SpecTreeLayout(format));
        }
    }

    private record KindGlob(SpecFileKind kind, Glob glob) {
    }

    /**
     * Each version of a member as a file of its tree, by identity: a keystroke in one file of a Saga tree of a
     * thousand leaves the others' placement as it was. A version no longer held is dropped with its entry.
     */
    private static final Map<SourceFile, SpecFile> PLACED = Collections.synchronizedMap(new WeakHashMap<>());

    private final SpecFormat format;
    private final List<KindGlob> globs = new ArrayList<>();

    private SpecTreeLayout(SpecFormat format) {
        this.format = format;
        for (SpecFileKind kind : SpecFileKind.values()) {
            if (kind.format() == format) {
                kind.globs().forEach(glob -> globs.add(new KindGlob(kind, Glob.of(glob))));
            }
        }
    }

    /** The one layout of the format. */
    public static SpecTreeLayout of(SpecFormat format) {
        return BY_FORMAT.get(format);
    }

    /** The kind of the file by where its tool keeps it, or {@code null}. */
    SpecFileKind kindOf(Path file) {
        String absolute = file.toAbsolutePath().normalize().toString().replace(File.separatorChar, '/');
        for (KindGlob kindGlob : globs) {
            if (kindGlob.glob().matches(absolute)) {
                return kindGlob.kind();
            }
        }
        return null;
    }

    @Override
    public Path groupOf(Path file) {
        SpecFileKind kind = kindOf(file);
        return kind == null ? null : kind.root(file.toAbsolutePath().normalize());
    }

    /** A file that {@code [files]} gave one of this format's kinds, away from where the tool keeps it, groups as that kind's place would. */
    @Override
    public Path groupOf(Path file, FileKind kind) {
        Path byPlace = groupOf(file);
        if (byPlace != null) {
            return byPlace;
        }
        SpecFileKind specKind = SpecFileKind.named(kind.name());
        return specKind == null || specKind.format() != format ? null : specKind.root(file.toAbsolutePath().normalize());
    }

    @Override
    public List<SpecSet> specSets(Path group, List<SourceFile> members, List<SpecSet> previous) {
        // Whether the group makes a spec set needs only the files' roles: the tree itself is built once, for the spec set, when first asked.
        List<SpecDocument> documents = new ArrayList<>(members.size());
        for (SourceFile member : members) {
            SpecDocument document = member.tree(SpecDocument.class);
            if (document != null && SpecFileKind.named(member.kind().name()) != null) {
                documents.add(document);
            }
        }
        if (group == null || !SpecTrees.anchored(format, documents)) {
            return List.of();
        }
        return List.of(SpecSet.replacing(previous.isEmpty() ? null : previous.get(0), group, members));
    }

    /** The members with their documents, each placed in the tree by its path (Saga's numbered folders). */
    List<SpecFile> specFiles(List<SourceFile> members) {
        List<SpecFile> files = new ArrayList<>(members.size());
        for (SourceFile member : members) {
            SpecFile file = PLACED.get(member);
            if (file == null) {
                file = placed(member);
                if (file == null) {
                    continue;
                }
                PLACED.put(member, file);
            }
            files.add(file);
        }
        return files;
    }

    /** The member as a file of its tree, or {@code null} when it is not a spec file; the same file for the same version. */
    private static SpecFile placed(SourceFile member) {
        SpecDocument document = member.tree(SpecDocument.class);
        SpecFileKind kind = SpecFileKind.named(member.kind().name());
        if (document == null || kind == null) {
            return null;
        }
        Path path = Uris.toPath(member.uri());
        return new SpecFile(member.uri(), member.text(), member.lineIndex(), path == null ? document : kind.placed(document, path));
    }

    public SpecFormat format() {
        return format;
    }
}
