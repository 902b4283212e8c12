package dev.specls.workspace.spec;

import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.ItemStatus;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.syntax.spec.StatusClaim;
import dev.specls.workspace.Lazy;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of one spec set of a non-sago format (a Spec Kit or Kiro feature folder, a Saga tree, a
 * GSD {@code .planning} folder, a specpilot workspace) with its items, references resolved inside the
 * set, statuses and graph. Immutable; derived tables are built on first use, once.
 */
public final class SpecTree {

    private final SpecFormat format;
    private final Path root;
    private final List<SpecFile> files;
    private final List<Declared> declared;
    private final Map<String, List<Declared>> byKey;
    private final Map<SpecFile, List<Declared>> declaredByFile = new IdentityHashMap<>();
    private final List<Located> refs;
    private final List<Claimed> claims;
    private final Map<String, List<Claimed>> claimsByKey;
    private final Map<SpecItem, Declared> declaredByItem = new IdentityHashMap<>();
    private final Map<SpecRef, Declared> resolved = new IdentityHashMap<>();
    private final Map<SpecItem, List<Declared>> children = new IdentityHashMap<>();
    private final Map<SpecItem, ItemStatus> statuses = new IdentityHashMap<>();
    private final Lazy<SpecGraph> graph = new Lazy<>(() -> SpecGraph.of(this));

    public SpecTree(SpecFormat format, Path root, List<SpecFile> files) {
        this.format = format;
        this.root = root;
        this.files = List.copyOf(files);
        List<Declared> items = new ArrayList<>();
        Map<String, List<Declared>> index = new HashMap<>();
        List<Located> located = new ArrayList<>();
        List<Claimed> claimed = new ArrayList<>();
        Map<String, List<Claimed>> claimIndex = new LinkedHashMap<>();
        for (SpecFile file : this.files) {
            int first = items.size();
            for (SpecItem item : file.document().items()) {
                Declared declaration = new Declared(file, item);
                items.add(declaration);
                index.computeIfAbsent(item.key(), ignored -> new ArrayList<>(1)).add(declaration);
                declaredByItem.put(item, declaration);
            }
            declaredByFile.put(file, List.copyOf(items.subList(first, items.size())));
            for (SpecRef ref : file.document().refs()) {
                located.add(new Located(file, ref));
            }
            for (StatusClaim claim : file.document().claims()) {
                Claimed entry = new Claimed(file, claim);
                claimed.add(entry);
                claimIndex.computeIfAbsent(claim.key(), ignored -> new ArrayList<>(1)).add(entry);
            }
        }
        this.declared = Collections.unmodifiableList(items);
        this.byKey = index;
        this.refs = Collections.unmodifiableList(located);
        this.claims = Collections.unmodifiableList(claimed);
        this.claimsByKey = claimIndex;
        // Many references name one target (a story, the previous phase): its key is made once.
        Map<String, String> keyOfTarget = new HashMap<>();
        for (Located ref : refs) {
            if (ref.ref().qualifier() == null) {
                Declared target = find(keyOfTarget.computeIfAbsent(ref.ref().target(), ItemIds::canonical), ref.ref().targetKinds());
                if (target != null) {
                    resolved.put(ref.ref(), target);
                }
            }
            if (ref.ref().kind() == RefKind.PARENT) {
                Declared child = source(ref);
                Declared parent = resolved.get(ref.ref());
                if (child != null && parent != null) {
                    children.computeIfAbsent(parent.item(), ignored -> new ArrayList<>()).add(child);
                }
            }
        }
    }

    public SpecFormat format() {
        return format;
    }

    /** The folder that holds the spec set (the feature folder, the folder of SAGA.md, {@code .planning}). */
    public Path root() {
        return root;
    }

    public List<SpecFile> files() {
        return files;
    }

    public SpecFile file(URI uri) {
        for (SpecFile file : files) {
            if (file.uri().equals(uri)) {
                return file;
            }
        }
        return null;
    }

    /** Every declaration, file by file in document order. */
    public List<Declared> declared() {
        return declared;
    }

    /** The declarations of one file of the tree, in document order. */
    public List<Declared> declaredIn(SpecFile file) {
        return declaredByFile.getOrDefault(file, List.of());
    }

    /** Every declaration with this canonical key, of any kind. */
    public List<Declared> declared(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    public Declared declarationOf(SpecItem item) {
        return declaredByItem.get(item);
    }

    /** The first declaration of the key whose kind is one of {@code kinds}, or {@code null}. */
    public Declared find(String key, Set<ItemKind> kinds) {
        for (Declared candidate : byKey.getOrDefault(key, List.of())) {
            if (kinds.contains(candidate.item().kind())) {
                return candidate;
            }
        }
        return null;
    }

    public List<Located> refs() {
        return refs;
    }

    public List<Claimed> claims() {
        return claims;
    }

    public List<Claimed> claims(String key) {
        return claimsByKey.getOrDefault(key, List.of());
    }

    /** What the reference names in this spec set, or {@code null} when nothing does (or it names another set). */
    public Declared target(SpecRef ref) {
        return resolved.get(ref);
    }

    /** The item a reference belongs to (of two with its id, the one whose text holds it), or {@code null} for a reference of the file itself. */
    public Declared source(Located located) {
        SpecRef ref = located.ref();
        if (ref.fromKey() == null) {
            return null;
        }
        // Of the declarations with the key (almost always one), those of this kind in the reference's own file; an id declared
        // twice in one file: the reference belongs to the declaration that holds it.
        Declared firstInFile = null;
        for (Declared candidate : byKey.getOrDefault(ref.fromKey(), List.of())) {
            if (candidate.file() != located.file() || candidate.item().kind() != ref.fromKind()) {
                continue;
            }
            if (candidate.item().span().contains(ref.span())) {
                return candidate;
            }
            if (firstInFile == null) {
                firstInFile = candidate;
            }
        }
        if (firstInFile != null) {
            return firstInFile;
        }
        return find(ref.fromKey(), Set.of(ref.fromKind()));
    }

    /** The items that are part of this one (the tasks of a phase or milestone, the sub-tasks of a task). */
    public List<Declared> children(Declared parent) {
        return children.getOrDefault(parent.item(), List.of());
    }

    /**
     * The item's status: the last claim for it (a Saga PROGRESS.md line, a GSD ROADMAP.md checkbox); for a phase or milestone that keeps
     * none, done once every required part is, in progress once one is started.
     */
    public synchronized ItemStatus status(Declared declaration) {
        ItemStatus known = statuses.get(declaration.item());
        if (known != null) {
            return known;
        }
        ItemStatus status = computeStatus(declaration);
        statuses.put(declaration.item(), status);
        return status;
    }

    private ItemStatus computeStatus(Declared declaration) {
        SpecItem item = declaration.item();
        List<Claimed> claimed = claims(item.key());
        if (!claimed.isEmpty()) {
            return claimed.get(claimed.size() - 1).claim().status();
        }
        if (item.statusSpan() != null) {
            return item.status();
        }
        List<Declared> parts = children(declaration);
        if (parts.isEmpty()) {
            return item.status();
        }
        boolean allDone = true;
        boolean started = false;
        for (Declared part : parts) {
            ItemStatus partStatus = status(part);
            allDone &= partStatus.finished() || partStatus == ItemStatus.OPTIONAL;
            started |= partStatus != ItemStatus.TODO && partStatus != ItemStatus.OPTIONAL;
        }
        return allDone ? ItemStatus.DONE : started ? ItemStatus.IN_PROGRESS : ItemStatus.TODO;
    }

    public SpecGraph graph() {
        return graph.get();
    }
}
