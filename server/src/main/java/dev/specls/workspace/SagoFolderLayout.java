package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * sago's layout (FORMATS.md §1): a folder's primary spec set is its PLAN.md (else its first other plan
 * by name) with the folder's REQUIREMENTS.md and STATE.md, each else the first of its kind; every further
 * plan of the folder is a spec set on its own. A plan in an editor buffer without a file stands alone.
 */
public final class SagoFolderLayout implements SpecSetLayout {

    public static final SagoFolderLayout INSTANCE = new SagoFolderLayout();

    private SagoFolderLayout() {
    }

    @Override
    public Path groupOf(Path file) {
        return file.getParent();
    }

    @Override
    public List<SpecSet> specSets(Path folder, List<SourceFile> members, List<SpecSet> previous) {
        SourceFile plan = primary(members, FileKind.PLAN, "PLAN.md");
        List<SpecSet> sets = new ArrayList<>();
        if (folder == null) {
            if (plan != null) {
                sets.add(SpecSet.replacing(previous.isEmpty() ? null : previous.get(0), null, List.of(plan)));
            }
            return sets;
        }
        List<SourceFile> primaryMembers = new ArrayList<>(3);
        for (SourceFile member : new SourceFile[] {plan, primary(members, FileKind.REQUIREMENTS, "REQUIREMENTS.md"),
                primary(members, FileKind.STATE, "STATE.md")}) {
            if (member != null) {
                primaryMembers.add(member);
            }
        }
        if (!primaryMembers.isEmpty()) {
            sets.add(SpecSet.replacing(previous.isEmpty() ? null : previous.get(0), folder, primaryMembers));
        }
        for (SourceFile member : members) {
            if (member.kind().equals(FileKind.PLAN) && member != plan) {
                SpecSet before = previous.stream().filter(set -> member.uri().equals(set.planUri())).findFirst().orElse(null);
                sets.add(SpecSet.replacing(before, folder, List.of(member)));
            }
        }
        return sets;
    }

    private static SourceFile primary(List<SourceFile> members, FileKind kind, String conventionalName) {
        SourceFile first = null;
        for (SourceFile member : members) {
            if (!member.kind().equals(kind)) {
                continue;
            }
            Path path = Uris.toPath(member.uri());
            if (path != null && path.getFileName().toString().equals(conventionalName)) {
                return member;
            }
            if (first == null) {
                first = member;
            }
        }
        return first;
    }
}
