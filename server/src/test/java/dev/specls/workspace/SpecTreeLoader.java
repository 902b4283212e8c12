package dev.specls.workspace;

import dev.specls.syntax.spec.SpecFormat;
import dev.specls.text.LineIndex;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecFileKind;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spec trees of files given by path and text, classified and grouped as the spec file kinds say. */
public final class SpecTreeLoader {

    private SpecTreeLoader() {
    }

    public static List<SpecTree> trees(Path folder, Map<String, String> files) {
        Map<String, List<SpecFile>> groups = new LinkedHashMap<>();
        Map<String, SpecFormat> formats = new LinkedHashMap<>();
        Map<String, Path> roots = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : files.entrySet()) {
            Path path = folder.resolve(entry.getKey()).normalize();
            SpecFileKind kind = kindOf(path);
            if (kind == null) {
                continue;
            }
            Path root = kind.root(path);
            String group = kind.format() + ":" + root;
            URI uri = Uris.of(path);
            groups.computeIfAbsent(group, ignored -> new ArrayList<>())
                    .add(new SpecFile(uri, entry.getValue(), LineIndex.of(entry.getValue()), kind.placed(kind.parse(entry.getValue()), path)));
            formats.put(group, kind.format());
            roots.put(group, root);
        }
        List<SpecTree> trees = new ArrayList<>();
        groups.forEach((group, members) -> {
            SpecTree tree = SpecTrees.of(formats.get(group), roots.get(group), members);
            if (tree != null) {
                trees.add(tree);
            }
        });
        return trees;
    }

    static SpecFileKind kindOf(Path path) {
        String absolute = path.toString().replace('\\', '/');
        for (SpecFileKind kind : SpecFileKind.values()) {
            for (String glob : kind.globs()) {
                if (Glob.of(glob).matches(absolute)) {
                    return kind;
                }
            }
        }
        return null;
    }
}
