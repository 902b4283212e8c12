package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files one layout groups under one folder: they make that folder's spec sets of the layout. */
record SpecSetGroup(SpecSetLayout layout, Path folder) {

    /** Every group of these layouts that the path lies in, as a file of any of {@code kinds} (none, null or repeated ones allowed). */
    static List<SpecSetGroup> of(List<SpecSetLayout> layouts, Path path, FileKind... kinds) {
        List<SpecSetGroup> groups = new ArrayList<>(layouts.size());
        for (SpecSetLayout layout : layouts) {
            add(groups, layout, layout.groupOf(path));
            for (FileKind kind : kinds) {
                if (kind != null) {
                    add(groups, layout, layout.groupOf(path, kind));
                }
            }
        }
        return groups;
    }

    private static void add(List<SpecSetGroup> groups, SpecSetLayout layout, Path folder) {
        if (folder != null && !groups.contains(new SpecSetGroup(layout, folder))) {
            groups.add(new SpecSetGroup(layout, folder));
        }
    }
}
