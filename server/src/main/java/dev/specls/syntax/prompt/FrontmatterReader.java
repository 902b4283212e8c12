package dev.specls.syntax.prompt;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the frontmatter at the top of a prompt file and composes its YAML with positions. The YAML
 * library stops at its first error; that error becomes one problem at its mark, and the body is read
 * all the same. Never throws.
 */
public final class FrontmatterReader {

    /** More nodes than a frontmatter ever has: aliases cannot make composing grow past this. */
    private static final int MAX_NODES = 20_000;

    private FrontmatterReader() {
    }

    /**
     * The frontmatter starting at {@code start} (after a byte-order mark), or {@code null} when the file
     * does not open with a fence line. {@code plusFences} also accepts {@code +++} fences.
     */
    public static Frontmatter read(String text, int start, boolean plusFences) {
        return read(text, start, plusFences, false);
    }

    /**
     * As {@link #read(String, int, boolean)}; {@code lineByLine} reads YAML that does not compose as
     * {@code key: value} lines, as Claude Code does ({@code argument-hint: [pr] [priority]} is its own example).
     */
    public static Frontmatter read(String text, int start, boolean plusFences, boolean lineByLine) {
        String fence = fenceAt(text, start, plusFences);
        if (fence == null) {
            return null;
        }
        int contentStart = lineEnd(text, start);
        int lineStart = contentStart;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            int contentEnd = trimLineBreak(text, lineStart, end);
            if (text.substring(lineStart, contentEnd).stripTrailing().equals(fence)) {
                Span content = new Span(contentStart, lineStart);
                List<SyntaxProblem> problems = new ArrayList<>();
                YamlNode root = compose(text, content, problems);
                if (root == null && lineByLine && !problems.isEmpty()) {
                    problems.clear();
                    root = keyValueLines(text, content);
                }
                return new Frontmatter(new Span(start, end), content, root, List.copyOf(problems));
            }
            lineStart = end;
        }
        Span opening = new Span(start, start + fence.length());
        return new Frontmatter(opening, Span.at(contentStart), null, List.of(new SyntaxProblem(opening,
                "The frontmatter opened here has no closing \"" + fence + "\" line, so the tool reads none of it and the whole file as the body.")));
    }

    private static String fenceAt(String text, int start, boolean plusFences) {
        for (String fence : plusFences ? new String[] {"---", "+++"} : new String[] {"---"}) {
            if (text.startsWith(fence, start)) {
                int end = trimLineBreak(text, start, lineEnd(text, start));
                if (text.substring(start + fence.length(), end).isBlank()) {
                    return fence;
                }
            }
        }
        return null;
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static int trimLineBreak(String text, int start, int end) {
        int trimmed = end;
        if (trimmed > start && text.charAt(trimmed - 1) == '\n') {
            trimmed--;
        }
        if (trimmed > start && text.charAt(trimmed - 1) == '\r') {
            trimmed--;
        }
        return trimmed;
    }

    private static YamlNode compose(String text, Span content, List<SyntaxProblem> problems) {
        String yaml = content.of(text);
        if (yaml.isBlank()) {
            return null;
        }
        Offsets offsets = new Offsets(yaml, content.start());
        LoadSettings settings = LoadSettings.builder()
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(Math.max(1024, yaml.length() * 2))
                .setUseMarks(true)
                .build();
        try {
            Optional<Node> node = new Compose(settings).composeString(yaml);
            return node.map(value -> new Converter(offsets).convert(value)).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int at = e.getProblemMark().or(e::getContextMark).map(offsets::of).orElse(content.start());
            int end = Math.min(lineEndWithinContent(text, at, content), content.end());
            problems.add(new SyntaxProblem(new Span(at, Math.max(at, end)), "The frontmatter is not valid YAML (" + e.getProblem()
                    + "), so the tool reads none of its keys: fix the YAML."));
        } catch (YamlEngineException | IllegalStateException | StackOverflowError e) {
            problems.add(new SyntaxProblem(new Span(content.start(), content.start()), "The frontmatter is not valid YAML ("
                    + e.getMessage() + "), so the tool reads none of its keys: fix the YAML."));
        }
        return null;
    }

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?m)^([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*\r?$");

    private static YamlNode keyValueLines(String text, Span content) {
        Matcher line = KEY_VALUE.matcher(text).region(content.start(), content.end());
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (line.find()) {
            YamlNode.Scalar key = new YamlNode.Scalar(line.group(1), true, new Span(line.start(1), line.end(1)));
            String value = line.group(2);
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.endsWith(value.substring(0, 1))) {
                value = value.substring(1, value.length() - 1);
            }
            entries.add(new YamlNode.Entry(key, new YamlNode.Scalar(value, false, new Span(line.start(2), line.end(2)))));
        }
        return new YamlNode.Mapping(List.copyOf(entries), content);
    }

    private static int lineEndWithinContent(String text, int at, Span content) {
        int newline = text.indexOf('\n', at);
        int end = newline < 0 ? text.length() : newline;
        if (end > at && text.charAt(end - 1) == '\r') {
            end--;
        }
        return Math.min(end, content.end());
    }

    /** YAML marks count code points; spans count UTF-16 units from the start of the file. */
    private static final class Offsets {
        private final String yaml;
        private final int base;
        private final int[] utf16ByCodePoint;

        Offsets(String yaml, int base) {
            this.yaml = yaml;
            this.base = base;
            boolean surrogates = false;
            for (int i = 0; i < yaml.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(yaml.charAt(i));
            }
            if (surrogates) {
                int[] map = new int[yaml.codePointCount(0, yaml.length()) + 1];
                int codePoint = 0;
                for (int i = 0; i < yaml.length(); i = yaml.offsetByCodePoints(i, 1)) {
                    map[codePoint++] = i;
                }
                map[codePoint] = yaml.length();
                utf16ByCodePoint = map;
            } else {
                utf16ByCodePoint = null;
            }
        }

        int of(Mark mark) {
            int index = Math.max(0, mark.getIndex());
            int local = utf16ByCodePoint == null ? Math.min(index, yaml.length())
                    : utf16ByCodePoint[Math.min(index, utf16ByCodePoint.length - 1)];
            return base + local;
        }
    }

    private static final class Converter {
        private final Offsets offsets;
        private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
        private int budget = MAX_NODES;

        Converter(Offsets offsets) {
            this.offsets = offsets;
        }

        YamlNode convert(Node node) {
            YamlNode done = converted.get(node);
            if (done != null) {
                return done;
            }
            Span span = span(node);
            if (--budget < 0) {
                return new YamlNode.Scalar("", false, span);
            }
            YamlNode result;
            if (node instanceof ScalarNode scalar) {
                result = new YamlNode.Scalar(scalar.getValue(), scalar.getScalarStyle() == ScalarStyle.PLAIN, span);
            } else if (node instanceof SequenceNode sequence) {
                // An alias of an enclosing collection refers back to it: it stands for an empty one.
                converted.put(node, new YamlNode.Sequence(List.of(), span));
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item));
                }
                result = new YamlNode.Sequence(List.copyOf(items), span);
            } else if (node instanceof MappingNode mapping) {
                converted.put(node, new YamlNode.Mapping(List.of(), span));
                List<YamlNode.Entry> entries = new ArrayList<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    entries.add(new YamlNode.Entry(convert(tuple.getKeyNode()), convert(tuple.getValueNode())));
                }
                result = new YamlNode.Mapping(List.copyOf(entries), span);
            } else {
                result = new YamlNode.Scalar("", false, span);
            }
            converted.put(node, result);
            return result;
        }

        private Span span(Node node) {
            int start = node.getStartMark().map(offsets::of).orElse(offsets.base);
            int end = node.getEndMark().map(offsets::of).orElse(start);
            return new Span(start, Math.max(start, end));
        }
    }
}
