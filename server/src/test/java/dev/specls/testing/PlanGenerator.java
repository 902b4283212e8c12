package dev.specls.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random plan files built from the constructs that decide what sago reads: how the block is found in the
 * Markdown (fences, info strings, blockquotes, inline {@code ```xml}, examples before and after, backticks
 * inside the plan, {@code <phases-list>}), and how its XML is read (misplaced and renamed tasks, namespaces,
 * declarations, a DOCTYPE with {@code <!ATTLIST>} defaults, ids with spaces, entities). Each plan comes with
 * what sago reads from it, worked out from how it was built, not by parsing it: the tasks in order with
 * their fields, how many tasks its author wrote, and whether specls must report an error.
 */
public final class PlanGenerator {

    /** A task as sago reads it, the fields {@code specls graph --format json} prints. */
    public record ExpectedTask(String id, String phase, String name, List<String> dependsOn, List<String> files, String verify, String done) {
    }

    /**
     * @param text           the whole PLAN.md
     * @param sagoReads      what sago reads, in order: empty when it reads no task
     * @param shownTasks     how many tasks the author wrote in the blocks meant as the plan
     * @param errorExpected  whether specls must report at least one error; when false it must report none
     * @param constructs     what was applied, to name a failing case
     */
    public record GeneratedPlan(String text, List<ExpectedTask> sagoReads, int shownTasks, boolean errorExpected, String constructs) {

        /** sago reads fewer tasks than the author wrote. */
        public boolean losesTasks() {
            return sagoReads.size() < shownTasks;
        }
    }

    /** The ways the XML of the plan is written. */
    public enum TreeConstruct {
        PLAIN, TASK_UNDER_ROOT, TASK_IN_WRAPPER, NESTED_TASK, CAPITALISED_TASK, PREFIXED_PHASE, DEFAULT_NAMESPACE_ON_ROOT,
        DEFAULT_NAMESPACE_ON_TASK, UNBOUND_PREFIX, UNDECLARED_PREFIX, DUPLICATE_EXPANDED_ATTRIBUTE, XML_DECLARATION,
        MALFORMED_XML_DECLARATION, UPPER_CASE_XML_PI, ATTLIST_DEFAULT, BROKEN_DOCTYPE, ID_WITH_SPACE, ENTITY_IN_NAME, BARE_LESS_THAN,
        BOUND_PREFIX_ELEMENT
    }

    /** The ways the block stands in the Markdown. */
    public enum BlockConstruct {
        XML_FENCE, RAW, PLAIN_FENCE, UPPER_CASE_FENCE, TILDE_FENCE, UNICODE_SPACE_PADDING, INDENTED_FENCE, CRLF, EXAMPLE_XML_FENCE_BEFORE,
        EXAMPLE_TEXT_FENCE_BEFORE, INLINE_XML_FENCE_BEFORE, DOUBLE_BACKTICK_XML_BEFORE, INFO_STRING, DASHED_INFO_STRING, BLOCKQUOTE,
        UNTERMINATED_FENCE, PHASES_LIST_BEFORE_RAW, PHASES_LIST_BEFORE_FENCE, BACKTICKS_IN_ACTION, SECOND_PLAN_AFTER, EXAMPLE_XML_FENCE_AFTER,
        SAME_LINE_FENCE
    }

    private final Random random;

    public PlanGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A random plan: well-formed plans in plain fences often, so that both kinds of plan are common. */
    public GeneratedPlan next() {
        TreeConstruct tree = random.nextInt(5) < 2 ? TreeConstruct.PLAIN : pick(TreeConstruct.values());
        BlockConstruct block = random.nextInt(10) < 3 ? BlockConstruct.XML_FENCE : pick(BlockConstruct.values());
        return build(tree, block);
    }

    public GeneratedPlan build(TreeConstruct tree, BlockConstruct block) {
        return new Builder(tree, block).build();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static final class Task {
        final String id;
        final String phase;
        final String name;
        final List<String> dependsOn;
        final String dependsOnAttribute;
        final List<String> files;
        final String action;
        final String verify;
        final String done;

        Task(String id, String phase, String name, List<String> dependsOn, String dependsOnAttribute, List<String> files, String action,
             String verify, String done) {
            this.id = id;
            this.phase = phase;
            this.name = name;
            this.dependsOn = dependsOn;
            this.dependsOnAttribute = dependsOnAttribute;
            this.files = files;
            this.action = action;
            this.verify = verify;
            this.done = done;
        }

        ExpectedTask expected(String id, String phase, String name, List<String> dependsOn) {
            return new ExpectedTask(id, phase, name, dependsOn, files, verify, done);
        }
    }

    private final class Builder {
        private final TreeConstruct tree;
        private final BlockConstruct block;
        private final String indent = random.nextBoolean() ? "  " : "    ";
        private final List<List<Task>> phases = new ArrayList<>();
        private final List<String> phaseNames = new ArrayList<>();
        /** Whether the DOCTYPE's default gives tasks without depends_on the dependency "1.1". */
        private boolean attlistDefault;

        Builder(TreeConstruct tree, BlockConstruct block) {
            this.tree = tree;
            this.block = block;
        }

        GeneratedPlan build() {
            makeTasks();
            // sago's raw search starts at <phases, so it never sees a declaration or DOCTYPE before it.
            attlistDefault = tree == TreeConstruct.ATTLIST_DEFAULT && !readsRaw();
            String xml = xml();
            int planTasks = taskCount() + (tree == TreeConstruct.TASK_UNDER_ROOT || tree == TreeConstruct.NESTED_TASK ? 1 : 0);
            Reading reading = treeReading();
            return wrap(xml, planTasks, reading);
        }

        private void makeTasks() {
            int phaseCount = 1 + random.nextInt(3);
            List<String> earlier = new ArrayList<>();
            for (int p = 1; p <= phaseCount; p++) {
                String phaseName = "Phase " + p + ": " + pick(new String[] {"Setup", "Core", "Polish", "Ship"});
                phaseNames.add(phaseName);
                List<Task> tasks = new ArrayList<>();
                int taskCount = 1 + random.nextInt(3);
                for (int t = 1; t <= taskCount; t++) {
                    String id = p + "." + t;
                    List<String> dependsOn = new ArrayList<>();
                    String attribute = null;
                    if (!earlier.isEmpty() && random.nextInt(3) == 0) {
                        dependsOn.add(earlier.get(random.nextInt(earlier.size())));
                        if (earlier.size() > 1 && random.nextBoolean()) {
                            String other = earlier.get(random.nextInt(earlier.size()));
                            if (!dependsOn.contains(other)) {
                                dependsOn.add(other);
                            }
                        }
                        attribute = String.join(random.nextBoolean() ? ", " : ",", dependsOn);
                    }
                    List<String> files = new ArrayList<>(List.of("src/mod" + p + t + ".py"));
                    if (random.nextBoolean()) {
                        files.add("tests/test_mod" + p + t + ".py");
                    }
                    tasks.add(new Task(id, phaseName, "Build part " + id, dependsOn, attribute, files, "Write module " + id + " and its tests.",
                            "pytest tests/test_mod" + p + t + ".py -q", "Module " + id + " passes"));
                    earlier.add(id);
                }
                phases.add(tasks);
            }
        }

        private int taskCount() {
            return phases.stream().mapToInt(List::size).sum();
        }

        // ---- the XML --------------------------------------------------------------------------

        private String xml() {
            StringBuilder out = new StringBuilder();
            switch (tree) {
                case XML_DECLARATION -> out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
                case MALFORMED_XML_DECLARATION -> out.append("<?xml encoding=\"UTF-8\" version=\"1.0\"?>\n");
                case ATTLIST_DEFAULT -> out.append("<!DOCTYPE phases [\n  <!ATTLIST task depends_on CDATA \"1.1\">\n]>\n");
                case BROKEN_DOCTYPE -> out.append("<!DOCTYPE phases [\n  <!ATTLIST task depends_on>\n]>\n");
                default -> { }
            }
            String rootAttributes = switch (tree) {
                case PREFIXED_PHASE, DUPLICATE_EXPANDED_ATTRIBUTE, BOUND_PREFIX_ELEMENT -> " xmlns:x=\"urn:example:x\"";
                case DEFAULT_NAMESPACE_ON_ROOT -> " xmlns=\"urn:example:plan\"";
                default -> "";
            };
            out.append("<phases").append(rootAttributes).append(">\n");
            if (tree == TreeConstruct.TASK_UNDER_ROOT) {
                out.append(indent).append(taskXml(new Task("0.1", "", "Stray task", List.of(), null, List.of("stray.py"), "Do it", "true", "ok"), "task", ""));
            }
            for (int p = 0; p < phases.size(); p++) {
                String phaseTag = tree == TreeConstruct.PREFIXED_PHASE && p == phases.size() - 1 ? "x:phase" : "phase";
                out.append(indent).append('<').append(phaseTag).append(" name=\"").append(phaseNames.get(p)).append("\">\n");
                if (tree == TreeConstruct.UNBOUND_PREFIX && p == 0) {
                    out.append(indent).append(indent).append("<y:note>see the docs</y:note>\n");
                }
                if (tree == TreeConstruct.BOUND_PREFIX_ELEMENT && p == 0) {
                    out.append(indent).append(indent).append("<x:note>see the docs</x:note>\n");
                }
                if (tree == TreeConstruct.UPPER_CASE_XML_PI && p == 0) {
                    out.append(indent).append(indent).append("<?XML note?>\n");
                }
                List<Task> tasks = phases.get(p);
                for (int t = 0; t < tasks.size(); t++) {
                    Task task = tasks.get(t);
                    boolean last = p == phases.size() - 1 && t == tasks.size() - 1;
                    String tag = tree == TreeConstruct.CAPITALISED_TASK && last ? "Task" : "task";
                    String extra = "";
                    if (tree == TreeConstruct.DEFAULT_NAMESPACE_ON_TASK && last) {
                        extra = " xmlns=\"urn:example:task\"";
                    } else if (tree == TreeConstruct.UNDECLARED_PREFIX && last) {
                        extra = " xmlns:q=\"\"";
                    } else if (tree == TreeConstruct.DUPLICATE_EXPANDED_ATTRIBUTE && last) {
                        extra = " xmlns:z=\"urn:example:x\" x:note=\"a\" z:note=\"b\"";
                    } else if (attlistDefault && p == 0 && t == 0 && task.dependsOnAttribute == null) {
                        extra = " depends_on=\"\"";
                    }
                    String body = taskXml(task, tag, extra);
                    if (tree == TreeConstruct.TASK_IN_WRAPPER && last) {
                        out.append(indent).append(indent).append("<group>\n").append(indent).append(body).append(indent).append(indent).append("</group>\n");
                    } else if (tree == TreeConstruct.NESTED_TASK && last) {
                        String nested = indent + indent + indent + taskXml(new Task(task.id + ".1", "", "Nested", List.of(), null,
                                List.of("nested.py"), "Do it", "true", "ok"), "task", "");
                        out.append(indent).append(indent).append(body.replace("</" + tag + ">\n", "")).append(nested).append(indent).append(indent)
                                .append("</").append(tag).append(">\n");
                    } else {
                        out.append(indent).append(indent).append(body);
                    }
                }
                out.append(indent).append("</").append(phaseTag).append(">\n");
            }
            return out.append("</phases>").toString();
        }

        private String taskXml(Task task, String tag, String extraAttributes) {
            String id = tree == TreeConstruct.ID_WITH_SPACE && isLastTask(task) ? task.id + " " : task.id;
            StringBuilder out = new StringBuilder("<").append(tag).append(" id=\"").append(id).append('"');
            if (task.dependsOnAttribute != null) {
                out.append(" depends_on=\"").append(task.dependsOnAttribute).append('"');
            }
            out.append(extraAttributes).append(">\n");
            String in = indent + indent + indent;
            String name = tree == TreeConstruct.ENTITY_IN_NAME && isLastTask(task) ? task.name + " &nbsp;&amp; more" : task.name;
            String action = task.action;
            if (tree == TreeConstruct.BARE_LESS_THAN && isLastTask(task)) {
                action = "Make sure a < b";
            } else if (block == BlockConstruct.BACKTICKS_IN_ACTION && isLastTask(task)) {
                action = "Run ```make test``` first.";
            }
            out.append(in).append("<name>").append(name).append("</name>\n");
            out.append(in).append("<files>\n");
            for (String file : task.files) {
                out.append(in).append(indent).append(file).append('\n');
            }
            out.append(in).append("</files>\n");
            out.append(in).append("<action>").append(action).append("</action>\n");
            out.append(in).append("<verify>").append(task.verify).append("</verify>\n");
            out.append(in).append("<done>").append(task.done).append("</done>\n");
            return out.append(indent).append(indent).append("</").append(tag).append(">\n").toString();
        }

        private boolean isLastTask(Task task) {
            List<Task> lastPhase = phases.get(phases.size() - 1);
            return task == lastPhase.get(lastPhase.size() - 1);
        }

        // ---- what sago reads from the XML -----------------------------------------------------------

        /** What sago reads when its lookup finds this XML, and whether specls must say something is wrong. */
        private record Reading(List<ExpectedTask> tasks, boolean error) {
        }

        private Reading treeReading() {
            boolean unparseable = switch (tree) {
                case UNBOUND_PREFIX, UNDECLARED_PREFIX, DUPLICATE_EXPANDED_ATTRIBUTE, UPPER_CASE_XML_PI, BARE_LESS_THAN -> true;
                case MALFORMED_XML_DECLARATION, BROKEN_DOCTYPE -> !readsRaw();
                default -> false;
            };
            if (unparseable || tree == TreeConstruct.DEFAULT_NAMESPACE_ON_ROOT) {
                return new Reading(List.of(), true);
            }
            List<ExpectedTask> read = new ArrayList<>();
            for (int p = 0; p < phases.size(); p++) {
                if (tree == TreeConstruct.PREFIXED_PHASE && p == phases.size() - 1) {
                    continue;
                }
                for (Task task : phases.get(p)) {
                    boolean dropped = isLastTask(task) && switch (tree) {
                        case TASK_IN_WRAPPER, CAPITALISED_TASK, DEFAULT_NAMESPACE_ON_TASK -> true;
                        default -> false;
                    };
                    if (dropped) {
                        continue;
                    }
                    String id = tree == TreeConstruct.ID_WITH_SPACE && isLastTask(task) ? task.id + " " : task.id;
                    String name = tree == TreeConstruct.ENTITY_IN_NAME && isLastTask(task) ? task.name + " &nbsp;& more" : task.name;
                    List<String> dependsOn = task.dependsOn;
                    if (attlistDefault && task.dependsOnAttribute == null && !(p == 0 && task == phases.get(0).get(0))) {
                        dependsOn = List.of("1.1");
                    }
                    read.add(task.expected(id, task.phase, name, dependsOn));
                }
            }
            boolean error = tree == TreeConstruct.ID_WITH_SPACE || read.size() < taskCount()
                    || tree == TreeConstruct.TASK_UNDER_ROOT || tree == TreeConstruct.NESTED_TASK;
            return new Reading(read, error);
        }

        /** Whether sago finds this plan with its raw {@code <phases>} search rather than in a {@code ```xml} fence. */
        private boolean readsRaw() {
            return switch (block) {
                case RAW, PLAIN_FENCE, UPPER_CASE_FENCE, TILDE_FENCE, UNTERMINATED_FENCE, PHASES_LIST_BEFORE_RAW -> true;
                default -> false;
            };
        }

        // ---- the Markdown around it ------------------------------------------------------------------

        private GeneratedPlan wrap(String xml, int planTasks, Reading reading) {
            String title = "# PLAN.md\n\nThe plan for the project.\n\n";
            String example = "```xml\n<task id=\"1.1\" depends_on=\"…\">\n  <name>…</name>\n  <files>…</files>\n</task>\n```\n\n";
            String afterPlan = "\n\nRun `sago next` to start.\n";
            String constructs = tree + " in " + block;
            List<ExpectedTask> none = List.of();
            return switch (block) {
                case XML_FENCE -> plan(title + "```xml\n" + xml + "\n```" + afterPlan, reading, planTasks, constructs);
                case RAW -> plan(title + xml + afterPlan, reading, planTasks, constructs);
                case PLAIN_FENCE -> plan(title + "```\n" + xml + "\n```" + afterPlan, reading, planTasks, constructs);
                case UPPER_CASE_FENCE -> plan(title + "```XML\n" + xml + "\n```" + afterPlan, reading, planTasks, constructs);
                case TILDE_FENCE -> plan(title + "~~~xml\n" + xml + "\n~~~" + afterPlan, reading, planTasks, constructs);
                case UNICODE_SPACE_PADDING -> plan(title + "```xml\n\u00A0\u3000" + xml + "\u2028\u000B\n```" + afterPlan, reading, planTasks, constructs);
                case INDENTED_FENCE -> plan(title + "1. The plan:\n\n    ```xml\n" + xml.indent(4) + "    ```" + afterPlan, reading, planTasks,
                        constructs);
                case CRLF -> plan((title + "```xml\n" + xml + "\n```" + afterPlan).replace("\n", "\r\n"), reading, planTasks, constructs);
                case EXAMPLE_XML_FENCE_BEFORE -> new GeneratedPlan(title + "Each task looks like this:\n\n" + example + "The plan:\n\n```xml\n" + xml
                        + "\n```" + afterPlan, none, planTasks, true, constructs);
                case EXAMPLE_TEXT_FENCE_BEFORE -> plan(title + "Each task looks like this:\n\n" + example.replace("```xml", "```text")
                        + "The plan:\n\n```xml\n" + xml + "\n```" + afterPlan, reading, planTasks, constructs);
                case INLINE_XML_FENCE_BEFORE -> new GeneratedPlan(title + "Write the plan in a ```xml fence, as below.\n\n```xml\n" + xml + "\n```"
                        + afterPlan, none, planTasks, true, constructs);
                case DOUBLE_BACKTICK_XML_BEFORE -> plan(title + "Write the plan in an ``xml`` fence, as below.\n\n```xml\n" + xml + "\n```" + afterPlan,
                        reading, planTasks, constructs);
                case INFO_STRING -> new GeneratedPlan(title + "```xml title=\"PLAN\"\n" + xml + "\n```" + afterPlan, none, planTasks, true, constructs);
                case DASHED_INFO_STRING -> new GeneratedPlan(title + "```xml-plan\n" + xml + "\n```" + afterPlan, none, planTasks, true, constructs);
                case BLOCKQUOTE -> new GeneratedPlan(title + ("```xml\n" + xml + "\n```").indent(0).lines().map(line -> "> " + line)
                        .reduce((a, b) -> a + "\n" + b).orElse("") + afterPlan, none, planTasks, true, constructs);
                case UNTERMINATED_FENCE -> plan(title + "```xml\n" + xml + "\n\nRun sago next to start.\n", reading, planTasks, constructs);
                case PHASES_LIST_BEFORE_RAW -> new GeneratedPlan(title + "The <phases-list> below is the plan.\n\n" + xml + afterPlan, none, planTasks,
                        true, constructs);
                case PHASES_LIST_BEFORE_FENCE -> plan(title + "The <phases-list> below is the plan.\n\n```xml\n" + xml + "\n```" + afterPlan, reading,
                        planTasks, constructs);
                case BACKTICKS_IN_ACTION -> new GeneratedPlan(title + "```xml\n" + xml + "\n```" + afterPlan, none, planTasks, true, constructs);
                case SECOND_PLAN_AFTER -> new GeneratedPlan(title + "```xml\n" + xml + "\n```\n\nLater:\n\n```xml\n<phases>\n" + indent
                        + "<phase name=\"Later\">\n" + indent + indent + "<task id=\"9.1\"><name>Later</name><files>later.py</files>"
                        + "<action>Later</action><verify>true</verify><done>ok</done></task>\n" + indent + "</phase>\n</phases>\n```" + afterPlan,
                        reading.tasks(), planTasks + 1, true, constructs);
                case EXAMPLE_XML_FENCE_AFTER -> plan(title + "```xml\n" + xml + "\n```\n\nEach task looks like this:\n\n" + example, reading, planTasks,
                        constructs);
                case SAME_LINE_FENCE -> plan(title + "```xml" + xml + "```" + afterPlan, reading, planTasks, constructs);
            };
        }

        private GeneratedPlan plan(String text, Reading reading, int planTasks, String constructs) {
            return new GeneratedPlan(text, reading.tasks(), planTasks, reading.error(), constructs);
        }
    }
}
