package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file formats the workspace reads, in the order that decides a file's kind: the first whose
 * name glob matches wins, and where the text decides, the first that recognizes it. Immutable.
 */
public final class FileFormats {

    private record NameGlob(FileKind kind, Glob glob) {
    }

    private final Map<FileKind, FileFormat> byKind = new LinkedHashMap<>();
    private final List<NameGlob> nameGlobs = new ArrayList<>();
    private final List<SpecSetLayout> layouts = new ArrayList<>();

    public FileFormats(List<FileFormat> formats) {
        for (FileFormat format : formats) {
            if (byKind.putIfAbsent(format.kind(), format) != null) {
                throw new IllegalArgumentException("two formats of kind " + format.kind());
            }
            format.names().forEach(name -> nameGlobs.add(new NameGlob(format.kind(), Glob.of(name))));
            if (format.layout() != null && !layouts.contains(format.layout())) {
                layouts.add(format.layout());
            }
        }
    }

    /** The format of the kind, or {@code null} for {@link FileKind#OTHER} and kinds no format declares. */
    public FileFormat of(FileKind kind) {
        return byKind.get(kind);
    }

    /** The kind whose {@link FileKind#name()} is this, as {@code [files]} settings name kinds; {@code null} when none is. */
    public FileKind kindNamed(String name) {
        for (FileKind kind : byKind.keySet()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind the first matching name glob gives the absolute, slash-separated path; OTHER when none matches. */
    FileKind byName(String absolutePath) {
        for (NameGlob nameGlob : nameGlobs) {
            if (nameGlob.glob().matches(absolutePath)) {
                return nameGlob.kind();
            }
        }
        return FileKind.OTHER;
    }

    /** The kind of the first format that recognizes the text; OTHER when none does. */
    FileKind byContent(String text) {
        for (FileFormat format : byKind.values()) {
            if (format.recognizes(text)) {
                return format.kind();
            }
        }
        return FileKind.OTHER;
    }

    /** The kind an editor language id gives any buffer, or {@code null}. */
    FileKind byLanguage(String languageId) {
        for (FileFormat format : byKind.values()) {
            if (languageId != null && languageId.equals(format.languageId())) {
                return format.kind();
            }
        }
        return null;
    }

    /** The layout that groups files of the kind, or {@code null} when they join no spec set. */
    SpecSetLayout layoutOf(FileKind kind) {
        FileFormat format = byKind.get(kind);
        return format == null ? null : format.layout();
    }

    /** Every layout, in the order of the first format that uses it. */
    List<SpecSetLayout> layouts() {
        return layouts;
    }
}
