package dev.specls.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.syntax.plan.Field;
import dev.specls.syntax.prompt.PromptParser;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.syntax.requirements.RequirementsSection;
import dev.specls.syntax.requirements.UnparsedLine;
import dev.specls.syntax.state.StateDocument;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.syntax.state.StateParser;
import dev.specls.syntax.state.StateSection;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlDocument;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlReader;
import dev.specls.text.Span;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What every parser guarantees for any input, for the seeded and the coverage-guided fuzz tests alike:
 * it never throws, and every span it returns lies inside the text and inside its owner, covers exactly
 * the string reported with it, and comes in document order.
 */
public final class ParseInvariants {

    private ParseInvariants() {
    }

    /** Parses a plan and checks its tree; returns it for further checks. */
    public static PlanDocument plan(String text, String label) {
        PlanDocument plan;
        try {
            plan = PlanParser.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parse threw on " + label + ": " + e, e);
        }
        int length = text.length();
        if (plan.block() != null) {
            inside(length, plan.block().span(), () -> label + " block");
            assertTrue(plan.block().span().contains(plan.block().contentSpan()), label + " block content outside block");
            assertFalse(plan.xml() == null, label + " block without xml");
        }
        for (PlanRegion region : plan.regions()) {
            inside(length, region.span(), () -> label + " region");
            within(region.span(), region.contentSpan(), () -> label + " region content");
        }
        if (plan.reading().cause() != null) {
            inside(length, plan.reading().cause(), () -> label + " cause of " + plan.reading().verdict());
        }
        // Without a block sago reads, the editor's tree starts at a <phases> tag and runs to the end.
        Span read = plan.block() != null ? plan.block().contentSpan() : new Span(0, length);
        if (plan.xml() != null) {
            for (SyntaxProblem error : plan.xml().errors()) {
                inside(length, error.span(), () -> label + " error " + error.message());
            }
            if (plan.xml().root() != null) {
                checkTree(plan.xml().root(), read, label);
            }
        }
        for (Task task : plan.tasks()) {
            Span element = task.element().span();
            // A DOCTYPE's <!ATTLIST> default stands in the DOCTYPE, before the element.
            Span attributes = read;
            if (task.idAttribute() != null) {
                within(attributes, task.idAttribute().valueSpan(), () -> label + " id of task " + task.ordinal());
            }
            for (Ref ref : task.dependsOn()) {
                within(attributes, ref.span(), () -> label + " depends_on " + ref.value());
            }
            for (Ref ref : task.files()) {
                within(element, ref.span(), () -> label + " file " + ref.value());
            }
            for (Field field : new Field[] {task.name(), task.filesField(), task.action(), task.verify(), task.done(), task.requirements()}) {
                if (field != null) {
                    within(field.element().span(), field.textSpan(), () -> label + " field of task " + task.ordinal());
                }
            }
        }
        return plan;
    }

    /** Walks the tree with an explicit stack: a deeply nested input must not overflow the test either. */
    private static void checkTree(XmlElement root, Span block, String label) {
        Deque<XmlElement> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            XmlElement element = pending.pop();
            within(block, element.span(), () -> label + " element " + element.name());
            for (Span part : new Span[] {element.nameSpan(), element.startTagSpan(), element.contentSpan(), element.textSpan()}) {
                within(element.span(), part, () -> label + " part of " + element.name());
            }
            for (XmlAttribute attribute : element.attributes()) {
                within(element.startTagSpan(), attribute.nameSpan(), () -> label + " attribute " + attribute.name());
                within(element.startTagSpan(), attribute.valueSpan(), () -> label + " value of " + attribute.name());
            }
            for (XmlElement child : element.children()) {
                within(element.contentSpan(), child.span(), () -> label + " child " + child.name() + " of " + element.name());
                pending.push(child);
            }
        }
    }

    private static void inside(int length, Span span, Supplier<String> what) {
        if (span.end() > length) {
            fail(what.get() + " " + span + " ends past the text (" + length + ")");
        }
    }

    private static void within(Span outer, Span inner, Supplier<String> what) {
        if (!outer.contains(inner)) {
            fail(what.get() + " " + inner + " is not inside " + outer);
        }
    }

    public static void requirements(String text) {
        String source = text == null ? "" : text;
        RequirementsDocument document = RequirementsParser.parse(text);
        Span previous = null;
        for (RequirementsSection section : document.sections()) {
            inside(source, section.headingSpan());
            assertTrue(section.span().contains(section.headingSpan()), section.toString());
            inside(source, section.span());
            previous = after(previous, section.headingSpan());
        }
        previous = null;
        for (Requirement requirement : document.requirements()) {
            inside(source, requirement.lineSpan());
            assertTrue(requirement.lineSpan().contains(requirement.idSpan()), requirement.toString());
            assertTrue(requirement.lineSpan().contains(requirement.textSpan()), requirement.toString());
            assertTrue(requirement.idSpan().end() <= requirement.textSpan().start(), requirement.toString());
            assertEquals(requirement.id(), requirement.idSpan().of(source));
            assertEquals(requirement.text(), requirement.textSpan().of(source));
            assertEquals(RequirementId.canonical(requirement.id()), requirement.canonicalId());
            previous = after(previous, requirement.lineSpan());
        }
        previous = null;
        for (UnparsedLine line : document.unparsedLines()) {
            inside(source, line.lineSpan());
            previous = after(previous, line.lineSpan());
        }
    }

    public static void state(String text) {
        String source = text == null ? "" : text;
        StateDocument document = StateParser.parse(text);
        Span previous = null;
        for (StateSection section : document.sections()) {
            inside(source, section.span());
            assertTrue(section.span().contains(section.headingSpan()), section.toString());
            previous = after(previous, section.headingSpan());
        }
        previous = null;
        for (StateEntry entry : document.entries()) {
            inside(source, entry.lineSpan());
            assertTrue(entry.lineSpan().contains(entry.idSpan()), entry.toString());
            assertTrue(entry.lineSpan().contains(entry.nameSpan()), entry.toString());
            assertEquals(entry.taskId(), entry.idSpan().of(source));
            assertEquals(entry.name(), entry.nameSpan().of(source));
            previous = after(previous, entry.lineSpan());
        }
        previous = null;
        for (StateField field : document.fields()) {
            inside(source, field.valueSpan());
            assertTrue(field.keySpan().end() <= field.valueSpan().start(), field.toString());
            assertEquals(field.key(), field.keySpan().of(source));
            assertEquals(field.value(), field.valueSpan().of(source));
            Ref task = field.taskRef();
            if (task != null) {
                assertTrue(field.valueSpan().contains(task.span()), field.toString());
                assertEquals(task.value(), task.span().of(source));
            }
            previous = after(previous, field.keySpan());
        }
    }

    /** Parses a prompt file under each dialect's path and checks that every span of its tree lies inside the text. */
    public static void prompt(String text) {
        for (String path : new String[] {"xprompts/a.md", "a.prompty", "p/a.prompt", ".claude/commands/a.md", ".github/prompts/a.prompt.md"}) {
            PromptTemplate template;
            try {
                template = PromptParser.parse(path, text);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("prompt parse threw for " + path + ": " + e, e);
            }
            int length = text.length();
            assertTrue(template.bodyStart() >= 0 && template.bodyStart() <= length, path + " body start");
            TemplateBody body = template.body();
            for (TemplateBody.VariableUse use : body.variables()) {
                inside(length, use.span(), () -> path + " variable");
                for (TemplateBody.Segment segment : use.path()) {
                    inside(length, segment.span(), () -> path + " segment");
                }
            }
            body.bindings().forEach(binding -> inside(length, binding.span(), () -> path + " binding"));
            body.blocks().forEach(block -> inside(length, block.whole(), () -> path + " block"));
            for (TemplateBody.Call call : body.calls()) {
                inside(length, call.span(), () -> path + " call");
                inside(length, call.targetSpan(), () -> path + " call target");
                call.arguments().forEach(argument -> inside(length, argument.valueSpan(), () -> path + " argument"));
            }
            body.tokens().forEach(token -> inside(length, token.span(), () -> path + " token"));
            body.placeholders().forEach(placeholder -> inside(length, placeholder.span(), () -> path + " placeholder"));
            body.problems().forEach(problem -> inside(length, problem.span(), () -> path + " problem"));
            template.inputs().inputs().forEach(input -> inside(length, input.nameSpan(), () -> path + " input"));
            template.markdown().headings().forEach(heading -> inside(length, heading.section(), () -> path + " heading"));
        }
    }

    private static void inside(String text, Span span) {
        assertTrue(span.end() <= text.length(), () -> span + " past the end " + text.length());
    }

    /** Asserts that {@code span} starts after {@code previous} ends and returns it. */
    private static Span after(Span previous, Span span) {
        assertTrue(previous == null || previous.end() <= span.start(), () -> previous + " then " + span);
        return span;
    }

    /**
     * Reads the text as a plan's XML block and checks the tree; also that whatever the reader did not mark
     * as decoded is a verbatim copy of its raw span, which callers rely on to find raw text cheaply.
     */
    public static XmlDocument xml(String text) {
        Set<Object> decoded = Collections.newSetFromMap(new IdentityHashMap<>());
        XmlDocument document;
        try {
            document = XmlReader.read(text, 0, text.length(), decoded);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("the XML reader threw: " + e, e);
        }
        Span all = new Span(0, text.length());
        assertTrue(document.errors().size() <= 1001, () -> document.errors().size() + " errors, above the cap");
        for (SyntaxProblem error : document.errors()) {
            within(all, error.span(), () -> "error " + error.message());
        }
        if (document.root() == null) {
            return document;
        }
        checkTree(document.root(), all, "xml");
        Deque<XmlElement> pending = new ArrayDeque<>();
        pending.push(document.root());
        while (!pending.isEmpty()) {
            XmlElement element = pending.pop();
            if (!decoded.contains(element)) {
                assertEquals(element.textSpan().of(text), element.text(), () -> "the text of <" + element.name() + "> is not its raw span");
            }
            for (XmlAttribute attribute : element.attributes()) {
                if (!decoded.contains(attribute)) {
                    assertEquals(attribute.valueSpan().of(text), attribute.value(), () -> "the value of " + attribute.name() + " is not its raw span");
                }
            }
            element.children().forEach(pending::push);
        }
        return document;
    }
}
