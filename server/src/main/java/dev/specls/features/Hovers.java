package dev.specls.features;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.text.Span;
import dev.specls.workspace.Citation;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SymbolIndex.Kind;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.workspace.SymbolIndex.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover cards, in Markdown: on a task id (declaration or reference, in any file) or anywhere on a
 * STATE.md task line or task field, the task card; on a requirement id, the requirement card. Text
 * from the files is escaped, and a {@code <verify>} command is only ever shown as code.
 */
public final class Hovers {

    /** Longer implicit lists show their count and this many nearest tasks. */
    static final int LIST_LIMIT = 5;
    static final int NEAREST = 3;

    private Hovers() {
    }

    public static Hover hover(FeatureContext context, URI uri, Position position) {
        SourceFile file = uri == null || position == null ? null : context.workspace().file(uri);
        Hover own = file == null ? null
                : context.features().of(file.kind()).hover(context, file, Positions.offset(file, position, context.encoding()));
        if (own != null) {
            return own;
        }
        NavigationTargets.Target target = NavigationTargets.at(context, uri, position);
        if (target == null) {
            return null;
        }
        Occurrence occurrence = target.occurrence();
        Span range = occurrence == null ? null : occurrence.span();
        if (occurrence == null) {
            occurrence = NavigationTargets.stateLineAt(target);
            range = occurrence == null ? null : stateLineSpan(target.specSet(), target.offset(), occurrence.span());
        }
        if (occurrence == null) {
            return null;
        }
        String markdown = occurrence.kind() == Kind.TASK
                ? taskCard(context, target.specSet(), occurrence)
                : requirementCard(context, target.specSet(), occurrence.key(), occurrence.text());
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), Positions.range(target.file(), range, context.encoding()));
    }

    /** The whole task line (or field line) the cursor is on, so the hover stays while the mouse moves along it. */
    private static Span stateLineSpan(SpecSet specSet, int offset, Span idSpan) {
        for (StateEntry entry : specSet.state().state().entries()) {
            if (entry.lineSpan().touches(offset)) {
                return entry.lineSpan();
            }
        }
        for (StateField field : specSet.state().state().fields()) {
            if (field.taskRef() != null && field.taskRef().span().equals(idSpan)) {
                return new Span(Math.min(field.keySpan().start(), idSpan.start()), Math.max(field.valueSpan().end(), idSpan.end()));
            }
        }
        return idSpan;
    }

    // ---- task card --------------------------------------------------------------------------

    static String taskCard(FeatureContext context, SpecSet specSet, Occurrence occurrence) {
        Task task = NavigationTargets.taskOf(specSet, occurrence);
        StringBuilder card = new StringBuilder();
        if (task == null) {
            card.append("**Task ").append(escape(occurrence.key())).append("**\n\n");
            card.append(specSet.plan() == null ? "No PLAN.md in this folder declares it." : "No task of PLAN.md has this id.");
            appendStateLines(card, specSet, occurrence.key());
            return card.toString();
        }
        PlanGraph graph = specSet.graph();
        card.append("**Task ").append(escape(task.id())).append("**");
        if (!task.nameText().isEmpty()) {
            card.append(" · ").append(escape(task.nameText()));
        }
        card.append("\n\n");
        List<String> facts = new ArrayList<>();
        Phase phase = phaseOf(specSet, task);
        if (phase != null) {
            facts.add("*" + escape(phase.name()) + "*");
        }
        int layer = graph.layer(task);
        facts.add(layer < 0 ? "no wave: in or behind a dependency cycle" : "wave " + layer);
        facts.add("**" + specSet.status(task).word() + "**");
        facts.addAll(stateRoles(specSet, task.id()));
        card.append(String.join(" · ", facts)).append("\n\n");
        int declarations = specSet.tasks(task.id()).size();
        if (declarations > 1) {
            card.append("⚠ id declared ").append(declarations).append(" times; references resolve to the first\n\n");
        }
        card.append("- **Depends on:** ").append(dependencies(context, specSet, task)).append('\n');
        card.append("- **Dependents:** ").append(dependents(context, graph, task)).append('\n');
        if (!task.files().isEmpty()) {
            List<String> files = new ArrayList<>();
            for (Ref file : task.files()) {
                files.add(codeSpan(file.value()));
            }
            card.append("- **Files:** ").append(String.join(", ", files)).append('\n');
        }
        List<String> cited = citedRequirements(context, specSet, task);
        if (!cited.isEmpty()) {
            card.append("- **Requirements:** ").append(String.join(", ", cited)).append('\n');
        }
        String verify = task.verifyText();
        if (verify.isEmpty()) {
            card.append("- **Verify:** *none*\n");
        } else if (verify.indexOf('\n') < 0 && verify.indexOf('\r') < 0) {
            card.append("- **Verify:** ").append(codeSpan(verify)).append('\n');
        } else {
            card.append("\n**Verify:**\n\n").append(codeBlock(dedent(verify)));
        }
        return card.toString().stripTrailing();
    }

    private static Phase phaseOf(SpecSet specSet, Task task) {
        List<Phase> phases = specSet.planDocument() == null ? List.of() : specSet.planDocument().phases();
        return task.phaseIndex() >= 0 && task.phaseIndex() < phases.size() ? phases.get(task.phaseIndex()) : null;
    }

    /** "current task", "next task", "last completed": what STATE.md's fields say of this task. */
    private static List<String> stateRoles(SpecSet specSet, String id) {
        List<String> roles = new ArrayList<>();
        if (specSet.state() == null) {
            return roles;
        }
        for (StateField field : specSet.state().state().fields()) {
            if (field.taskRef() != null && field.taskRef().value().equals(id)) {
                String role = field.key().toLowerCase(java.util.Locale.ROOT);
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static void appendStateLines(StringBuilder card, SpecSet specSet, String id) {
        for (StateEntry entry : specSet.stateEntries(id)) {
            card.append("\n\nSTATE.md: ").append(entry.mark().symbol()).append(' ').append(entry.mark().word());
            if (!entry.readableBySago()) {
                card.append(" (a line sago does not read)");
            }
        }
    }

    private static String dependencies(FeatureContext context, SpecSet specSet, Task task) {
        if (!task.dependsOn().isEmpty()) {
            List<String> parts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Ref ref : task.dependsOn()) {
                context.cancellation().checkCanceled();
                if (seen.add(ref.value())) {
                    Task dependency = specSet.task(ref.value());
                    parts.add(dependency == null ? escape(ref.value()) + " *(no such task)*" : label(dependency));
                }
            }
            return String.join(", ", parts);
        }
        List<Task> implicit = specSet.graph().implicitDependencies(task);
        if (implicit.isEmpty()) {
            return "*none*";
        }
        if (implicit.size() <= LIST_LIMIT) {
            List<String> parts = new ArrayList<>();
            for (Task dependency : implicit) {
                parts.add(label(dependency));
            }
            return String.join(", ", parts) + " *(implicit)*";
        }
        List<String> nearest = new ArrayList<>();
        for (int i = implicit.size() - 1; i >= implicit.size() - NEAREST; i--) {
            nearest.add(label(implicit.get(i)));
        }
        return "all " + implicit.size() + " earlier tasks of the phase *(implicit)*; nearest: " + String.join(", ", nearest) + ", …";
    }

    private static String dependents(FeatureContext context, PlanGraph graph, Task task) {
        List<String> parts = new ArrayList<>();
        List<Task> implicit = new ArrayList<>();
        for (Task dependent : graph.dependents(task)) {
            context.cancellation().checkCanceled();
            if (dependent.hasImplicitDependencies()) {
                implicit.add(dependent);
            } else {
                parts.add(label(dependent));
            }
        }
        if (implicit.size() > LIST_LIMIT) {
            List<String> nearest = new ArrayList<>();
            for (int i = 0; i < NEAREST; i++) {
                nearest.add(label(implicit.get(i)));
            }
            parts.add(implicit.size() + " later tasks of the phase *(implicit)*; nearest: " + String.join(", ", nearest) + ", …");
        } else {
            for (Task dependent : implicit) {
                parts.add(label(dependent) + " *(implicit)*");
            }
        }
        return parts.isEmpty() ? "*none*" : String.join(", ", parts);
    }

    private static List<String> citedRequirements(FeatureContext context, SpecSet specSet, Task task) {
        Set<String> cited = new LinkedHashSet<>();
        for (Citation citation : specSet.citations()) {
            context.cancellation().checkCanceled();
            if (citation.task() == task) {
                cited.add(escape(citation.ref().value()));
            }
        }
        return new ArrayList<>(cited);
    }

    private static String label(Task task) {
        String name = task.nameText();
        return escape(task.id().isEmpty() ? "(no id)" : task.id()) + (name.isEmpty() ? "" : " " + escape(name));
    }

    // ---- requirement card -------------------------------------------------------------------

    static String requirementCard(FeatureContext context, SpecSet specSet, String key, String written) {
        List<Requirement> declared = specSet.requirements(key);
        StringBuilder card = new StringBuilder();
        if (declared.isEmpty()) {
            card.append("**").append(escape(written)).append("**\n\n");
            card.append(specSet.requirements() == null ? "No REQUIREMENTS.md in this folder declares it." : "Not declared in REQUIREMENTS.md.");
        } else {
            Requirement requirement = declared.get(0);
            card.append("**").append(escape(requirement.id())).append("**");
            if (!requirement.text().isEmpty()) {
                card.append(" · ").append(escape(requirement.text()));
            }
            card.append("\n\n");
            List<String> facts = new ArrayList<>();
            facts.add(requirement.sagoVersion());
            facts.add(requirement.inScope() ? "in scope" : "out of scope");
            if (requirement.checked() != null) {
                facts.add(requirement.checked() ? "**checked** [x]" : "**open** [ ]");
            }
            if (!requirement.sectionTitle().isEmpty()) {
                facts.add("*" + escape(requirement.sectionTitle()) + "*");
            }
            card.append(String.join(" · ", facts));
            if (declared.size() > 1) {
                card.append("\n\n⚠ id declared ").append(declared.size()).append(" times");
            }
        }
        List<String> citing = new ArrayList<>();
        Set<Task> seen = new HashSet<>();
        for (Occurrence occurrence : specSet.symbols().of(Kind.REQUIREMENT, key)) {
            context.cancellation().checkCanceled();
            Task task = occurrence.task();
            if (occurrence.role() == Role.REFERENCE && task != null && seen.add(task)) {
                citing.add(label(task) + " (" + specSet.status(task).word() + ")");
            }
        }
        card.append("\n\n- **Cited by:** ").append(citing.isEmpty() ? "*no task*" : String.join(", ", citing));
        return card.toString();
    }

    // ---- markdown ---------------------------------------------------------------------------

    /** Backslash-escapes what Markdown would read as markup, so file text shows as written. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|~!".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return escaped.toString();
    }

    /** The trimmed field keeps the indentation of its later lines; drop what they share. */
    static String dedent(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                indent++;
            }
            if (indent < line.length()) {
                common = Math.min(common, indent);
            }
        }
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            out.append('\n').append(common == Integer.MAX_VALUE || line.length() < common ? line.strip() : line.substring(common));
        }
        return out.toString();
    }

    /** A code span whose backtick run is longer than any inside the text. */
    static String codeSpan(String text) {
        String fence = "`".repeat(longestBacktickRun(text) + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`");
        return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
    }

    private static String codeBlock(String text) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        return fence + "sh\n" + text + "\n" + fence + "\n";
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
