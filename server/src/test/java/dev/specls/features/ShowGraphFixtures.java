package dev.specls.features;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;

/**
 * {@code fixtures/features/show-graph}: runs {@code workspace/executeCommand} with
 * {@code # args: command=…} (default {@code specls.showGraph}) and {@code uri=FILE} (a fixture file, made
 * into its URI; {@code uri=-} passes no argument, {@code raw=TEXT} passes TEXT as it is). Shows the
 * returned Mermaid text, or the refusal's message after {@code refused:}. No positions are involved.
 */
public class ShowGraphFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        String command = args.getOrDefault("command", Commands.SHOW_GRAPH);
        List<Object> arguments = new ArrayList<>();
        if (args.containsKey("raw")) {
            arguments.add(args.get("raw"));
        } else if (!"-".equals(args.getOrDefault("uri", "PLAN.md"))) {
            arguments.add(FeatureFixtureTest.FOLDER + args.getOrDefault("uri", "PLAN.md"));
        }
        if (args.containsKey("number")) {
            arguments.add(0, Integer.parseInt(args.get("number")));
        }
        try {
            return String.valueOf(Commands.execute(context, command, arguments));
        } catch (FeatureException refused) {
            return "refused: " + refused.getMessage() + "\n";
        }
    }
}
