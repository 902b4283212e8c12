package dev.specls.workspace;

import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.Reach;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The workspace's prompt templates and how they reach each other: SASE references by name, dotprompt
 * partials by folder, Jinja includes, imports and extends by path. Built from one view of the
 * workspace; each file is parsed once per version.
 */
public final class PromptLibrary {

    /**
     * One prompt file with its parsed template, its path, the name references use (SASE: the frontmatter
     * {@code name}, else the file name's stem; dotprompt: {@code _name.prompt} is the partial {@code name}),
     * and whether it is a dotprompt partial. Equal only to itself, so maps keyed by prompts never hash a whole tree.
     */
    public record Prompt(SourceFile file, PromptTemplate template, Path path, String name, boolean partial) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        public URI uri() {
            return file.uri();
        }

        static Prompt of(SourceFile file, PromptTemplate template) {
            Path path = Uris.toPath(file.uri());
            String fileName = path != null && path.getFileName() != null ? path.getFileName().toString() : file.uri().getPath();
            fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
            boolean partial = template.flavor() == PromptFlavor.DOTPROMPT && fileName.startsWith("_");
            String name = template.declaredName() != null && !partial ? template.declaredName() : stem(fileName, partial, path);
            return new Prompt(file, template, path == null ? null : path.normalize(), name, partial);
        }

        private static String stem(String fileName, boolean partial, Path path) {
            if (fileName.equals("SKILL.md") && path != null && path.getParent() != null && path.getParent().getFileName() != null) {
                return path.getParent().getFileName().toString();
            }
            String stem = fileName;
            for (String suffix : new String[] {".prompt.md", ".prompty", ".prompt", ".md"}) {
                if (stem.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
                    stem = stem.substring(0, stem.length() - suffix.length());
                    break;
                }
            }
            return partial ? stem.substring(1) : stem;
        }
    }

    /** A call and the prompt that makes it; equal only to itself, like {@link Prompt}. */
    public record CallSite(Prompt caller, Call call) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Where a call leads: a prompt of the workspace, or a file that only exists on disk. */
    public record Target(Prompt prompt, Path file) {
    }

    private static final Map<SpecSet, PromptLibrary> BY_SPEC_SET = new WeakHashMap<>();
    /** The spec set each one replaced in its workspace, until its library is built; weak, so no chain of versions is kept. */
    private static final Map<SpecSet, WeakReference<SpecSet>> REPLACED = new WeakHashMap<>();
    private static volatile PromptLibrary last;

    private final List<Prompt> prompts;
    private final Positions positions;
    /** Each call's target, resolved once: calls are compared by identity, never hashed whole. */
    private final Map<Call, Optional<Target>> resolved = new IdentityHashMap<>();
    /** The calls resolved to a prompt, shared with the libraries before and after this one that have the same shape. */
    private ToPrompts toPrompts = new ToPrompts();

    /**
     * Which prompt each call leads to, by URI: valid for every library with the same prompts under the same
     * names and paths, so a keystroke resolves only the edited prompt's calls. Calls of replaced versions
     * stay until the map outgrows the library, then a library starts a new one.
     */
    private static final class ToPrompts {
        final Map<Call, URI> byCall = new IdentityHashMap<>();
    }

    /**
     * Where each prompt lies in {@link #prompts}, by URI and by path, and SASE's names: the same for every library
     * with the same prompts under the same names, so a keystroke shares them instead of hashing 2,000 prompts again.
     */
    private record Positions(Map<URI, Integer> byUri, Map<Path, Integer> byPath, Map<String, List<Integer>> saseByName) {

        static Positions of(List<Prompt> prompts) {
            Map<URI, Integer> byUri = new HashMap<>();
            Map<Path, Integer> byPath = new HashMap<>();
            Map<String, List<Integer>> saseByName = new LinkedHashMap<>();
            for (int i = 0; i < prompts.size(); i++) {
                Prompt prompt = prompts.get(i);
                byUri.put(prompt.uri(), i);
                if (prompt.path() != null) {
                    byPath.put(prompt.path(), i);
                }
                if (prompt.template().flavor() == PromptFlavor.SASE) {
                    saseByName.computeIfAbsent(prompt.name(), name -> new ArrayList<>()).add(i);
                }
            }
            return new Positions(byUri, byPath, saseByName);
        }
    }

    private Map<String, List<Prompt>> saseNames;
    private final Predicate<Path> existsOnDisk;
    private Map<Prompt, List<CallSite>> callers;
    private final Map<Prompt, Set<String>> usedNames = new HashMap<>();
    /** What {@link #editedSince} says of the library of the spec set this one's replaced; {@code null} when unknown. */
    private Set<URI> editedSinceReplaced;
    /** Each prompt's ring mates by URI, shared by the libraries of one shape: their calls lead to the same prompts. */
    private Map<URI, Set<URI>> ringMates = new ConcurrentHashMap<>();

    private PromptLibrary(List<Prompt> prompts, Positions positions, Predicate<Path> existsOnDisk) {
        this.prompts = prompts;
        this.positions = positions;
        this.existsOnDisk = existsOnDisk;
    }

    /** The prompt templates of a view: those of its prompt spec set (prompts form one spec set, see {@link PromptLayout}). */
    public static PromptLibrary of(WorkspaceView workspace) {
        for (SpecSet specSet : workspace.specSets()) {
            if (PromptLayout.holdsPrompts(specSet)) {
                return of(specSet);
            }
        }
        return of(List.of(), null);
    }

    /** The library of the spec set's prompts, built once per spec set. */
    public static PromptLibrary of(SpecSet specSet) {
        synchronized (BY_SPEC_SET) {
            PromptLibrary library = BY_SPEC_SET.get(specSet);
            if (library == null) {
                WeakReference<SpecSet> replaced = REPLACED.remove(specSet);
                SpecSet replacedSet = replaced == null ? null : replaced.get();
                library = of(specSet.members(), replacedSet == null ? null : BY_SPEC_SET.get(replacedSet));
                BY_SPEC_SET.put(specSet, library);
            }
            return library;
        }
    }

    /** Records that {@code next} took the place of {@code replaced} in a workspace, so that its library can tell what was edited. */
    static void succeeds(SpecSet next, SpecSet replaced) {
        synchronized (BY_SPEC_SET) {
            REPLACED.put(next, new WeakReference<>(replaced));
        }
    }

    private static PromptLibrary of(List<SourceFile> members, PromptLibrary replaced) {
        PromptLibrary previous = replaced != null ? replaced : last;
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile file : members) {
            if (file.tree(PromptTemplate.class) != null) {
                files.add(file);
            }
        }
        files.sort((a, b) -> a.uri().toString().compareTo(b.uri().toString()));
        List<Prompt> prompts = new ArrayList<>();
        for (SourceFile file : files) {
            Prompt kept = previous == null ? null : previous.prompt(file.uri());
            prompts.add(kept != null && kept.file() == file ? kept : Prompt.of(file, file.tree(PromptTemplate.class)));
        }
        prompts = List.copyOf(prompts);
        Set<URI> edited = previous == null ? null : edited(prompts, previous);
        PromptLibrary library = new PromptLibrary(prompts, edited != null ? previous.positions : Positions.of(prompts), PromptLibrary::regularFile);
        if (edited != null) {
            library.shareResolutions(previous);
            library.ringMates = previous.ringMates;
        }
        library.editedSinceReplaced = replaced == null ? null : edited;
        last = library;
        return library;
    }

    /**
     * The prompt files whose findings may differ from those of the library this one replaced, when {@code changed} is
     * the file that changed: the edited prompt, and those whose findings point into it (the others of its name, its
     * ring mates), provided that it is the only prompt edited since and its name, inputs, calls and reads stayed.
     * {@code null} when that is not so, and the edit may reach any prompt.
     */
    public List<SourceFile> affectedBy(URI changed) {
        Prompt prompt = prompt(changed);
        if (prompt == null || editedSinceReplaced == null || !Set.of(changed).containsAll(editedSinceReplaced)) {
            return null;
        }
        Set<Prompt> affected = new LinkedHashSet<>();
        affected.add(prompt);
        if (prompt.template().flavor() == PromptFlavor.SASE) {
            affected.addAll(named(prompt.name()));
        }
        for (URI mate : ringMates(prompt)) {
            affected.add(prompt(mate));
        }
        List<SourceFile> files = new ArrayList<>(affected.size());
        affected.forEach(each -> files.add(each.file()));
        return files;
    }

    /** The prompts that lie on a ring of calls with {@code prompt}: those it reaches that reach it back. */
    private Set<URI> ringMates(Prompt prompt) {
        Set<URI> known = ringMates.get(prompt.uri());
        if (known != null) {
            return known;
        }
        Map<Prompt, List<Prompt>> callersWithin = new HashMap<>();
        Deque<Prompt> pending = new ArrayDeque<>(List.of(prompt));
        Set<Prompt> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            Prompt current = pending.poll();
            for (CallSite site : outgoing(current)) {
                Prompt target = resolve(current, site.call()).prompt();
                callersWithin.computeIfAbsent(target, ignored -> new ArrayList<>()).add(current);
                if (reached.add(target)) {
                    pending.add(target);
                }
            }
        }
        Set<URI> mates = new HashSet<>();
        if (reached.contains(prompt)) {
            pending.add(prompt);
            while (!pending.isEmpty()) {
                for (Prompt caller : callersWithin.getOrDefault(pending.poll(), List.of())) {
                    if (mates.add(caller.uri())) {
                        pending.add(caller);
                    }
                }
            }
        }
        Set<URI> result = Set.copyOf(mates);
        ringMates.put(prompt.uri(), result);
        return result;
    }


    /**
     * Uses the calls {@code earlier} resolved to a prompt: names and paths are the same, so those calls lead
     * where they led. Calls that led to a file on disk or nowhere are looked up again by each library,
     * since the disk may have changed meanwhile.
     */
    private void shareResolutions(PromptLibrary earlier) {
        int calls = 0;
        for (Prompt prompt : prompts) {
            calls += prompt.template().calls().size();
        }
        synchronized (earlier.toPrompts) {
            if (earlier.toPrompts.byCall.size() <= 2 * calls + 64) {
                toPrompts = earlier.toPrompts;
            }
        }
    }

    /**
     * The URIs of the prompts whose text differs from {@code earlier}'s while everything another prompt's
     * findings can depend on stayed: the same prompts, each with the same name, input declarations, calls
     * and names read. {@code null} when any of that changed, so everything must be derived again.
     */
    public Set<URI> editedSince(PromptLibrary earlier) {
        return earlier == this ? Set.of() : edited(prompts, earlier);
    }

    private static Set<URI> edited(List<Prompt> prompts, PromptLibrary earlier) {
        if (earlier.prompts.size() != prompts.size()) {
            return null;
        }
        Set<URI> edited = new HashSet<>();
        for (Prompt prompt : prompts) {
            Prompt before = earlier.prompt(prompt.uri());
            if (before == null) {
                return null;
            }
            if (before != prompt) {
                if (!shape(before).equals(shape(prompt))) {
                    return null;
                }
                edited.add(prompt.uri());
            }
        }
        return edited;
    }

    /** What other prompts see of a prompt, without positions: its name, its inputs, its calls and the names it reads. */
    private static List<Object> shape(Prompt prompt) {
        PromptTemplate template = prompt.template();
        List<Object> inputs = new ArrayList<>();
        template.inputs().inputs().forEach(input -> inputs.add(List.of(input.name(), String.valueOf(input.type()), input.required(),
                String.valueOf(input.defaultValue()), String.valueOf(input.description()), String.valueOf(input.choices()))));
        List<Object> calls = new ArrayList<>();
        for (Call call : template.calls()) {
            List<Object> arguments = new ArrayList<>();
            call.arguments().forEach(argument -> arguments.add(List.of(String.valueOf(argument.name()), String.valueOf(argument.value()),
                    String.valueOf(argument.literal()))));
            calls.add(List.of(call.kind(), call.target(), call.optional(), arguments));
        }
        Set<String> reads = new HashSet<>();
        for (VariableUse use : template.body().variables()) {
            if (use.reach() == Reach.INPUT || use.reach() == Reach.CONTEXT) {
                reads.add(use.name());
            }
        }
        template.body().placeholders().forEach(placeholder -> reads.add(placeholder.name()));
        return List.of(prompt.name(), prompt.partial(), template.flavor(), template.inputs().declared(), inputs, calls, reads);
    }

    private static boolean regularFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    public List<Prompt> prompts() {
        return prompts;
    }

    public Prompt prompt(URI uri) {
        Integer position = positions.byUri().get(uri);
        return position == null ? null : prompts.get(position);
    }

    private Prompt atPath(Path path) {
        Integer position = positions.byPath().get(path);
        return position == null ? null : prompts.get(position);
    }

    /** SASE's prompts named {@code name}, in the order the workspace holds them: a reference expands the first. */
    public List<Prompt> named(String name) {
        List<Integer> named = positions.saseByName().get(name);
        if (named == null) {
            return List.of();
        }
        List<Prompt> result = new ArrayList<>(named.size());
        named.forEach(position -> result.add(prompts.get(position)));
        return result;
    }

    /** SASE's prompts by reference name, each list in the order the workspace holds them. */
    public synchronized Map<String, List<Prompt>> saseNames() {
        if (saseNames == null) {
            Map<String, List<Prompt>> byName = new LinkedHashMap<>();
            positions.saseByName().keySet().forEach(name -> byName.put(name, named(name)));
            saseNames = Collections.unmodifiableMap(byName);
        }
        return saseNames;
    }

    /** True when the file exists: a prompt of the workspace or a regular file on disk. */
    public boolean exists(Path path) {
        Path normalized = path.normalize();
        return positions.byPath().containsKey(normalized) || existsOnDisk.test(normalized);
    }

    /** Where the call leads, or {@code null} when it leads nowhere (a macro call is resolved in its own file). */
    public Target resolve(Prompt caller, Call call) {
        synchronized (toPrompts) {
            URI shared = toPrompts.byCall.get(call);
            Prompt target = shared == null ? null : prompt(shared);
            if (target != null) {
                return new Target(target, target.path());
            }
        }
        synchronized (resolved) {
            Optional<Target> known = resolved.get(call);
            if (known == null) {
                known = Optional.ofNullable(lookUp(caller, call));
                resolved.put(call, known);
                if (known.isPresent() && known.get().prompt() != null) {
                    synchronized (toPrompts) {
                        toPrompts.byCall.put(call, known.get().prompt().uri());
                    }
                }
            }
            return known.orElse(null);
        }
    }

    private Target lookUp(Prompt caller, Call call) {
        Path folder = caller.path() == null ? null : caller.path().getParent();
        switch (call.kind()) {
            case REFERENCE -> {
                List<Prompt> named = named(call.target());
                return named.isEmpty() ? null : new Target(named.get(0), named.get(0).path());
            }
            case PARTIAL -> {
                String file = caller.template().flavor() == PromptFlavor.DOTPROMPT ? partialFile(call.target())
                        : call.target() + (caller.path() != null && caller.path().toString().endsWith(".prompty") ? ".prompty" : "");
                return folder == null ? null : upwards(folder, file);
            }
            case INCLUDE, IMPORT, EXTENDS -> {
                if (call.target().isEmpty() || folder == null) {
                    return null;
                }
                return upwards(folder, call.target());
            }
            default -> {
                return null;
            }
        }
    }

    /** dotprompt names a partial {@code name} or {@code sub/name} and reads {@code _name.prompt} (in {@code sub/}). */
    private static String partialFile(String name) {
        int slash = name.lastIndexOf('/');
        return name.substring(0, slash + 1) + "_" + name.substring(slash + 1) + ".prompt";
    }

    /** The file relative to the caller's folder or, as template loaders rooted higher up do, to an enclosing folder. */
    private Target upwards(Path folder, String relative) {
        for (Path at = folder; at != null; at = at.getParent()) {
            Path candidate;
            try {
                candidate = at.resolve(relative).normalize();
            } catch (RuntimeException invalid) {
                return null;
            }
            Prompt prompt = atPath(candidate);
            if (prompt != null) {
                return new Target(prompt, candidate);
            }
            if (existsOnDisk.test(candidate)) {
                return new Target(null, candidate);
            }
        }
        return null;
    }

    /** Every call that leads to {@code prompt}. */
    public List<CallSite> callers(Prompt prompt) {
        return callersByTarget().getOrDefault(prompt, List.of());
    }

    private synchronized Map<Prompt, List<CallSite>> callersByTarget() {
        if (callers == null) {
            Map<Prompt, List<CallSite>> map = new HashMap<>();
            for (Prompt prompt : prompts) {
                for (Call call : prompt.template().calls()) {
                    Target target = resolve(prompt, call);
                    if (target != null && target.prompt() != null) {
                        map.computeIfAbsent(target.prompt(), key -> new ArrayList<>()).add(new CallSite(prompt, call));
                    }
                }
            }
            callers = map;
        }
        return callers;
    }

    /**
     * The names a prompt reads from its inputs, including those read by the partials and includes it
     * renders with its own context (they see the caller's variables), followed through any depth.
     */
    public synchronized Set<String> usedNames(Prompt prompt) {
        Set<String> cached = usedNames.get(prompt);
        if (cached != null) {
            return cached;
        }
        Set<String> names = new LinkedHashSet<>();
        Set<Prompt> seen = new HashSet<>();
        Deque<Prompt> pending = new ArrayDeque<>();
        pending.add(prompt);
        seen.add(prompt);
        while (!pending.isEmpty()) {
            Prompt current = pending.poll();
            for (VariableUse use : current.template().body().variables()) {
                if (use.reach() == Reach.INPUT || use.reach() == Reach.CONTEXT) {
                    names.add(use.name());
                }
            }
            current.template().body().placeholders().forEach(placeholder -> names.add(placeholder.name()));
            for (Call call : current.template().calls()) {
                if (call.kind() == CallKind.PARTIAL || call.kind() == CallKind.INCLUDE || call.kind() == CallKind.EXTENDS) {
                    Target target = resolve(current, call);
                    if (target != null && target.prompt() != null && seen.add(target.prompt())) {
                        pending.add(target.prompt());
                    }
                }
            }
        }
        Set<String> result = Set.copyOf(names);
        usedNames.put(prompt, result);
        return result;
    }

    /** The prompts reachable through calls from each prompt, for cycle search. */
    public Map<Prompt, List<CallSite>> edges() {
        Map<Prompt, List<CallSite>> edges = new LinkedHashMap<>();
        for (Prompt prompt : prompts) {
            edges.put(prompt, outgoing(prompt));
        }
        return edges;
    }

    /** The calls of {@code prompt} that lead to a prompt of the library, macro calls left out. */
    private List<CallSite> outgoing(Prompt prompt) {
        List<CallSite> out = new ArrayList<>();
        for (Call call : prompt.template().calls()) {
            if (call.kind() != CallKind.MACRO) {
                Target target = resolve(prompt, call);
                if (target != null && target.prompt() != null) {
                    out.add(new CallSite(prompt, call));
                }
            }
        }
        return out;
    }
}
