package dev.specls.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files one layout groups under one folder: they make that folder's spec sets of the layout. */
record SpecSetGroup(SpecSetLayout layout, Path folder) {

    /** Every group of these layouts that the path lies in. */
    static List<SpecSetGroup> of(List<SpecSetLayout> layouts, Path path) {
        List<SpecSetGroup> groups = new ArrayList<>(layouts.size());
        for (SpecSetLayout layout : layouts) {
            Path folder = layout.groupOf(path);
            if (folder != null) {
                groups.add(new SpecSetGroup(layout, folder));
            }
        }
        return groups;
    }
}
