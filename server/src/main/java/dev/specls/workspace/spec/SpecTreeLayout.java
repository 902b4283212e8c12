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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        if (group == null || SpecTrees.of(format, group, specFiles(members)) == null) {
            return List.of();
        }
        return List.of(SpecSet.replacing(previous.isEmpty() ? null : previous.get(0), group, members));
    }

    /** The members with their documents, each placed in the tree by its path (Saga's numbered folders). */
    List<SpecFile> specFiles(List<SourceFile> members) {
        List<SpecFile> files = new ArrayList<>(members.size());
        for (SourceFile member : members) {
            SpecDocument document = member.tree(SpecDocument.class);
            Path path = Uris.toPath(member.uri());
            SpecFileKind kind = SpecFileKind.named(member.kind().name());
            if (document == null || kind == null) {
                continue;
            }
            files.add(new SpecFile(member.uri(), member.text(), member.lineIndex(), path == null ? document : kind.placed(document, path)));
        }
        return files;
    }

    public SpecFormat format() {
        return format;
    }
}
