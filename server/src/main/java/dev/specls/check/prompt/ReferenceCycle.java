package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.CallSite;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code prompt/reference-cycle}: templates that reference each other in a ring, so expanding any of them never ends. */
final class ReferenceCycle extends WholeLibraryRule {

    ReferenceCycle() {
        super("prompt/reference-cycle", Severity.ERROR,
                "Templates reference, include or extend each other in a ring: expanding any of them never ends, and the tool stops with an error.");
    }

    @Override
    void checkLibrary(PromptLibrary library, FindingSink sink) {
        Map<Prompt, List<CallSite>> edges = library.edges();
        Map<Prompt, Integer> state = new HashMap<>();
        Set<CallSite> reported = new HashSet<>();
        for (Prompt start : edges.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            // Iterative depth-first search; the path holds the calls from start to the current prompt.
            Deque<Prompt> stack = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            List<CallSite> path = new ArrayList<>();
            stack.push(start);
            next.push(0);
            state.put(start, 1);
            while (!stack.isEmpty()) {
                Prompt current = stack.peek();
                int index = next.pop();
                List<CallSite> out = edges.getOrDefault(current, List.of());
                if (index >= out.size()) {
                    state.put(current, 2);
                    stack.pop();
                    if (!path.isEmpty()) {
                        path.remove(path.size() - 1);
                    }
                    continue;
                }
                next.push(index + 1);
                CallSite site = out.get(index);
                Prompt target = library.resolve(current, site.call()).prompt();
                Integer seen = state.get(target);
                if (seen == null) {
                    state.put(target, 1);
                    path.add(site);
                    stack.push(target);
                    next.push(0);
                } else if (seen == 1) {
                    report(library, cycleFrom(path, site, target), reported, sink);
                }
            }
        }
    }

    /** The calls of the ring that {@code closing} closes: from the call leaving {@code target} to {@code closing}. */
    private static List<CallSite> cycleFrom(List<CallSite> path, CallSite closing, Prompt target) {
        List<CallSite> cycle = new ArrayList<>();
        int from = path.size();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).caller().equals(target)) {
                from = i;
            }
        }
        cycle.addAll(path.subList(from, path.size()));
        cycle.add(closing);
        return cycle;
    }

    private static void report(PromptLibrary library, List<CallSite> cycle, Set<CallSite> reported, FindingSink sink) {
        for (int i = 0; i < cycle.size(); i++) {
            CallSite site = cycle.get(i);
            if (!reported.add(site)) {
                continue;
            }
            StringBuilder chain = new StringBuilder();
            List<Related> related = new ArrayList<>();
            for (int step = 0; step < cycle.size(); step++) {
                CallSite next = cycle.get((i + step) % cycle.size());
                chain.append(next.caller().name()).append(" → ");
                if (step > 0) {
                    related.add(new Related(next.caller().uri(), next.call().targetSpan(), "next in the ring: " + next.caller().name()));
                }
            }
            chain.append(site.caller().name());
            sink.report(site.caller().uri(), site.call().targetSpan(), "This call is part of a ring, " + chain
                    + ": expanding any of them never ends, so the tool stops with a recursion error. Break the ring.", related);
        }
    }
}
