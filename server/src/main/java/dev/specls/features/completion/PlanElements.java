package dev.specls.features.completion;

import static dev.specls.features.completion.CompletionRequest.literal;
import static dev.specls.features.completion.CompletionRequest.sortKey;

import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlScanner;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * Element names after {@code <}, attribute names in a start tag, and the task and phase snippets:
 * everything that follows the grammar sago reads (FORMATS.md §2).
 */
final class PlanElements {

    private record Element(String name, String documentation) {
    }

    private static final Element PHASES = new Element("phases", "The root of the task block. sago reads only its direct children.");
    private static final List<Element> ROOT_CHILDREN = List.of(
            new Element("phase", "A phase: a group of tasks with a review after it. sago reads its `name`."),
            new Element("dependencies", "Third-party packages the plan needs, one `<package>` each."),
            new Element("review", "Review instructions sago applies after each phase."));
    private static final List<Element> PHASE_CHILDREN = List.of(
            new Element("description", "What the phase achieves."),
            new Element("task", "A task: `id`, optional `depends_on`, then name, files, action, verify and done."));
    private static final List<Element> TASK_CHILDREN = List.of(
            new Element("name", "The task's short name, shown by sago and recorded in STATE.md."),
            new Element("files", "The files the task touches, one path per line (no commas, no bullets)."),
            new Element("action", "What the coding agent does, in a few sentences."),
            new Element("verify", "A command that fails while the task is not done."),
            new Element("done", "The observable outcome that ends the task."),
            new Element("requirements", "Requirement ids the task implements. sago ignores it; specls reads it for traceability."));
    private static final List<Element> DEPENDENCIES_CHILDREN = List.of(
            new Element("package", "One package requirement, such as `flask>=2.0`."));
    /** Elements sago reads only once per parent: a second one is ignored. */
    private static final Set<String> SINGLE = Set.of("dependencies", "review", "description", "name", "files", "action", "verify", "done",
            "requirements");

    private final CompletionRequest request;
    private final PlanCompletion plan;
    private final String text;
    private final int offset;

    PlanElements(CompletionRequest request, PlanCompletion plan) {
        this.request = request;
        this.plan = plan;
        this.text = request.text;
        this.offset = request.offset;
    }

    // ---- element names --------------------------------------------------------------------------

    void elementNames(int lessThan, List<XmlElement> chain) {
        int nameStart = lessThan + 1;
        int nameEnd = plan.nameRunEnd(offset);
        boolean bare = tagContinues(nameEnd);
        String indent = request.indentationOfLine(lessThan);
        String unit = plan.indentUnit();
        XmlElement parent = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        List<Element> allowed = allowedChildren(chain, lessThan);
        int rank = 0;
        for (Element element : allowed) {
            if (parent != null && SINGLE.contains(element.name()) && hasOtherChild(parent, element.name(), lessThan)) {
                continue;
            }
            String newText = bare ? element.name() : fullElement(element.name(), chain, indent, unit);
            CompletionItem item = request.add(element.name(), CompletionItemKind.Property, nameStart, nameEnd, newText, !bare);
            item.setSortText(sortKey(0, rank++));
            CompletionRequest.document(item, element.documentation());
            item.setDetail(bare ? "<" + element.name() + ">" : "<" + element.name() + ">…</" + element.name() + ">");
        }
        if (bare) {
            return;
        }
        // Whole skeletons replace the "<" too, so they read as "<task" to the client's filter.
        if (chain.size() == 1) {
            phaseSnippet(lessThan, nameEnd, indent, unit, "<");
        } else if (chain.size() == 2 && chain.get(1).name().equals("phase")) {
            taskSnippet(lessThan, nameEnd, chain.get(1), indent, unit, "<");
        } else if (chain.isEmpty() && (plan.root() == null || plan.root().span().start() == lessThan)) {
            phasesSnippet(lessThan, nameEnd, indent, unit, "<");
        }
    }

    private List<Element> allowedChildren(List<XmlElement> chain, int lessThan) {
        if (chain.isEmpty()) {
            return plan.root() == null || plan.root().span().start() == lessThan ? List.of(PHASES) : List.of();
        }
        if (chain.size() == 1) {
            return ROOT_CHILDREN;
        }
        String parent = chain.get(1).name();
        if (chain.size() == 2) {
            return parent.equals("phase") ? PHASE_CHILDREN : parent.equals("dependencies") ? DEPENDENCIES_CHILDREN : List.of();
        }
        if (chain.size() == 3 && parent.equals("phase") && chain.get(2).name().equals("task")) {
            return TASK_CHILDREN;
        }
        return List.of();
    }

    private static boolean hasOtherChild(XmlElement parent, String name, int lessThan) {
        for (XmlElement child : parent.children()) {
            if (child.name().equals(name) && child.span().start() != lessThan) {
                return true;
            }
        }
        return false;
    }

    /** True when the tag goes on after the name (a name being edited): then only the name is replaced. */
    private boolean tagContinues(int nameEnd) {
        if (nameEnd >= text.length()) {
            return false;
        }
        char next = text.charAt(nameEnd);
        if (next == '>' || next == '/') {
            return true;
        }
        if (next != ' ' && next != '\t') {
            return false;
        }
        int i = nameEnd;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && (XmlScanner.isNameStart(text.charAt(i)) || text.charAt(i) == '>' || text.charAt(i) == '/');
    }

    private String fullElement(String name, List<XmlElement> chain, String indent, String unit) {
        String inner = "\n" + indent + unit;
        String close = "\n" + indent;
        switch (name) {
            case "phases":
                return "phases>" + inner + "$0" + close + "</phases>";
            case "phase":
                long number = plan.highestPhaseNumber() + 1;
                return "phase name=\"${1:Phase " + number + ": Name}\">" + inner + "$0" + close + "</phase>";
            case "task":
                XmlElement phase = chain.size() >= 2 ? chain.get(1) : null;
                return "task id=\"${1:" + literal(plan.nextFreeTaskId(phase, null)) + "}\">" + inner + "$0" + close + "</task>";
            case "dependencies":
                return "dependencies>" + inner + "<package>$0</package>" + close + "</dependencies>";
            case "files":
            case "review":
                return name + ">" + inner + "$0" + close + "</" + name + ">";
            default:
                return name + ">$0</" + name + ">";
        }
    }

    // ---- attribute names --------------------------------------------------------------------------

    void attributeNames(String tagName, List<XmlScanner.Attribute> attributes, XmlScanner.Attribute typed, boolean beforeTyped) {
        List<String[]> known = switch (tagName) {
            case "task" -> List.of(
                    new String[] {"id", "The task id, N.M: STATE.md can record only ids of that form."},
                    new String[] {"depends_on", "The ids this task waits for, separated by commas. Without it the task waits for every "
                            + "earlier task of its phase."});
            case "phase" -> List.<String[]>of(new String[] {"name", "The phase name sago shows and records in STATE.md."});
            default -> List.of();
        };
        int start = typed == null || beforeTyped ? offset : typed.nameStart();
        int end = typed == null || beforeTyped ? offset : typed.nameEnd();
        boolean valueFollows = typed != null && !beforeTyped && typed.hasValue();
        int rank = 0;
        for (String[] attribute : known) {
            boolean present = false;
            for (XmlScanner.Attribute written : attributes) {
                present |= written != typed && written.name().equals(attribute[0]);
            }
            if (present || (typed != null && beforeTyped && typed.name().equals(attribute[0]))) {
                continue;
            }
            String newText = valueFollows ? attribute[0] : attribute[0] + "=\"$1\"" + (beforeTyped ? " " : "");
            CompletionItem item = request.add(attribute[0], CompletionItemKind.Field, start, end, newText, !valueFollows);
            item.setSortText(sortKey(0, rank++));
            item.setDetail(tagName + " attribute");
            CompletionRequest.document(item, attribute[1]);
        }
    }

    // ---- snippets in element content -----------------------------------------------------------------

    /** A phase or task skeleton where one may start: in the root or in a phase, at a word of letters. */
    void contentSnippets(List<XmlElement> chain) {
        int wordStart = offset;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > 0 && !XmlScanner.isSpace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '>') {
            return;
        }
        int wordEnd = offset;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String indent = request.indentationOfLine(offset);
        String unit = plan.indentUnit();
        if (chain.isEmpty()) {
            phasesSnippet(wordStart, wordEnd, indent, unit, "");
        } else if (chain.size() == 1) {
            phaseSnippet(wordStart, wordEnd, indent, unit, "");
        } else if (chain.size() == 2 && chain.get(1).name().equals("phase")) {
            taskSnippet(wordStart, wordEnd, chain.get(1), indent, unit, "");
        }
    }

    private void taskSnippet(int start, int end, XmlElement phase, String indent, String unit, String filterPrefix) {
        String id = plan.nextFreeTaskId(phase, null);
        CompletionItem item = request.add("task " + id, CompletionItemKind.Snippet, start, end,
                "<" + taskBody(id, indent, unit, 1) + "$0", true);
        item.setFilterText(filterPrefix + "task");
        item.setSortText(sortKey(1, 0));
        item.setDetail("New task " + id + " in " + plan.phaseName(phase));
        CompletionRequest.document(item, "A whole `<task id=\"" + id + "\">` with name, files, action, verify and done. " + id
                + " is the next free id of the phase.");
    }

    private void phaseSnippet(int start, int end, String indent, String unit, String filterPrefix) {
        long number = plan.highestPhaseNumber() + 1;
        String inner = indent + unit;
        String body = "<phase name=\"Phase " + number + ": ${1:Name}\">\n"
                + inner + "<description>${2:What this phase achieves}</description>\n"
                + inner + "<" + taskBody(number + ".1", inner, unit, 3) + "\n"
                + indent + "</phase>$0";
        CompletionItem item = request.add("phase " + number, CompletionItemKind.Snippet, start, end, body, true);
        item.setFilterText(filterPrefix + "phase");
        item.setSortText(sortKey(1, 1));
        item.setDetail("New phase " + number + " with task " + number + ".1");
        CompletionRequest.document(item, "A whole `<phase name=\"Phase " + number + ": …\">` with a description and its first task "
                + number + ".1.");
    }

    private void phasesSnippet(int start, int end, String indent, String unit, String filterPrefix) {
        String one = indent + unit;
        String two = one + unit;
        String body = "<phases>\n"
                + one + "<phase name=\"Phase 1: ${1:Name}\">\n"
                + two + "<description>${2:What this phase achieves}</description>\n"
                + two + "<" + taskBody("1.1", two, unit, 3) + "\n"
                + one + "</phase>\n"
                + indent + "</phases>$0";
        CompletionItem item = request.add("phases", CompletionItemKind.Snippet, start, end, body, true);
        item.setFilterText(filterPrefix + "phases");
        item.setSortText(sortKey(1, 2));
        item.setDetail("New task block with phase 1 and task 1.1");
    }

    /** {@code task id="…">…</task>} without the leading {@code <}; tab stops from {@code firstStop}. */
    private static String taskBody(String id, String indent, String unit, int firstStop) {
        String inner = indent + unit;
        return "task id=\"" + literal(id) + "\">\n"
                + inner + "<name>${" + firstStop + ":Name}</name>\n"
                + inner + "<files>\n"
                + inner + unit + "${" + (firstStop + 1) + ":path/to/file}\n"
                + inner + "</files>\n"
                + inner + "<action>${" + (firstStop + 2) + ":What to do}</action>\n"
                + inner + "<verify>${" + (firstStop + 3) + ":command that fails until it is done}</verify>\n"
                + inner + "<done>${" + (firstStop + 4) + ":Observable outcome}</done>\n"
                + indent + "</task>";
    }
}
