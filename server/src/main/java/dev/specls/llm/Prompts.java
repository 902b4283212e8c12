package dev.specls.llm;

import dev.specls.text.SafeFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts the planning commands send: {@code *.prompt.md} templates shipped in the server's resources, each
 * replaced by {@code .specls/prompts/NAME.prompt.md} in the spec set's folder or a folder above it (up to the
 * workspace root), so a team can tune them and specls' own prompt checks read them. A template's front matter
 * describes it; its body is the message, with {@code ${input:name}} replaced by the command's values.
 */
public final class Prompts {

    public static final String OVERRIDE_FOLDER = ".specls/prompts";
    static final String SUFFIX = ".prompt.md";
    /** VS Code's {@code ${input:name}}, also with the {@code :placeholder} its prompt files may give. */
    private static final Pattern INPUT = Pattern.compile("\\$\\{input:([A-Za-z_][\\w-]*)(?::[^}\\n]*)?}");

    private final Path folder;
    private final Path root;

    /**
     * @param folder the spec set's folder, or {@code null} to use the shipped prompts only
     * @param root   the highest folder searched for overrides (the workspace root), or {@code null} for the folder alone
     */
    public Prompts(Path folder, Path root) {
        this.folder = folder;
        this.root = root;
    }

    /** The message the named prompt makes with these inputs; an input the template names but the command lacks is left empty. */
    String render(String name, Map<String, String> inputs) {
        String body = stripFrontMatter(template(name));
        Matcher matcher = INPUT.matcher(body);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(inputs.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(rendered);
        return rendered.toString().strip() + "\n";
    }

    /** The template text: the workspace's override when there is one, else the shipped one. */
    String template(String name) {
        for (Path at = folder; at != null; at = at.getParent()) {
            Path override = at.resolve(OVERRIDE_FOLDER).resolve(name + SUFFIX);
            if (Files.isRegularFile(override) && SafeFileReader.read(override, at) instanceof SafeFileReader.Read read) {
                return read.text();
            }
            if (root == null || at.equals(root) || !at.startsWith(root)) {
                break;
            }
        }
        return shipped(name);
    }

    static String shipped(String name) {
        try (InputStream in = Prompts.class.getResourceAsStream("prompts/" + name + SUFFIX)) {
            if (in == null) {
                throw new IllegalArgumentException("no prompt named " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripFrontMatter(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.startsWith("---")) {
            return body;
        }
        int end = body.indexOf("\n---", 3);
        if (end < 0) {
            return body;
        }
        int after = body.indexOf('\n', end + 4);
        return after < 0 ? "" : body.substring(after + 1);
    }
}
