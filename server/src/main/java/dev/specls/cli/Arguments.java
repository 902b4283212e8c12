package dev.specls.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed command line. Options may stand before, between or after the paths; {@code --} ends
 * options so that a path may start with a dash.
 *
 * @param command     what to run
 * @param paths       files and folders to read; {@code .} when none is given
 * @param checkFormat the report format of {@code check}
 * @param graphFormat the output format of {@code graph}
 * @param progressFormat the output format of {@code ready} and {@code status}
 * @param detail      {@code status -d}: every task, not only the counts per phase
 * @param strict      {@code check --strict}: warnings fail the run too
 * @param helpTopic   for {@link Command#HELP}: the command to explain, or {@code null} for all of them
 * @param reading     how {@code check}, {@code graph}, {@code ready} and {@code status} find the files in the paths
 */
record Arguments(Command command, List<Path> paths, CheckFormat checkFormat, GraphFormat graphFormat, ProgressFormat progressFormat, boolean detail,
                 boolean strict, Command helpTopic, Reading reading) {

    /**
     * @param excludes   {@code --exclude} patterns, in {@code .gitignore} syntax relative to the current folder, in order
     * @param noIgnore   {@code --no-ignore}: paths that {@code .gitignore} files ignore are read too
     * @param allowEmpty {@code --allow-empty}: a path with no spec file is not an error
     */
    record Reading(List<String> excludes, boolean noIgnore, boolean allowEmpty) {
        static final Reading DEFAULT = new Reading(List.of(), false, false);
    }

    enum Command {
        LSP, CHECK, GRAPH, READY, STATUS, VERSION, HELP;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Command fromWord(String word) {
            for (Command command : values()) {
                if (command != VERSION && command.word().equals(word)) {
                    return command;
                }
            }
            return null;
        }
    }

    static Arguments parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (first) {
            case "--version":
                requireNothingAfter(first, rest);
                return simple(Command.VERSION, null);
            case "--help", "-h":
                requireNothingAfter(first, rest);
                return simple(Command.HELP, null);
            default:
                break;
        }
        Command command = Command.fromWord(first);
        if (command == null) {
            throw new UsageException(first.startsWith("-") ? "unknown option '" + first + "'" : "unknown command '" + first + "'");
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            return simple(Command.HELP, command == Command.HELP ? null : command);
        }
        return switch (command) {
            case HELP -> helpFor(rest);
            case LSP -> {
                requireNothingAfter(first, rest);
                yield simple(Command.LSP, null);
            }
            case CHECK, GRAPH, READY, STATUS -> parseReading(command, rest);
            case VERSION -> throw new IllegalStateException("--version is an option, not a word");
        };
    }

    private static Arguments helpFor(List<String> rest) throws UsageException {
        if (rest.isEmpty()) {
            return simple(Command.HELP, null);
        }
        Command topic = Command.fromWord(rest.get(0));
        if (rest.size() > 1 || topic == null) {
            throw new UsageException("help takes one command name: lsp, check, graph, ready or status");
        }
        return simple(Command.HELP, topic);
    }

    private static Arguments parseReading(Command command, List<String> rest) throws UsageException {
        List<Path> paths = new ArrayList<>();
        CheckFormat checkFormat = CheckFormat.TEXT;
        GraphFormat graphFormat = GraphFormat.JSON;
        ProgressFormat progressFormat = ProgressFormat.TEXT;
        boolean detail = false;
        boolean strict = false;
        List<String> excludes = new ArrayList<>();
        boolean noIgnore = false;
        boolean allowEmpty = false;
        boolean optionsEnded = false;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(Path.of(arg));
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.equals("--strict") && command == Command.CHECK) {
                strict = true;
            } else if ((arg.equals("-d") || arg.equals("--detail")) && command == Command.STATUS) {
                detail = true;
            } else if (arg.equals("--no-ignore")) {
                noIgnore = true;
            } else if (arg.equals("--allow-empty")) {
                allowEmpty = true;
            } else if (isValued(arg, "--exclude")) {
                String value = value(arg, "--exclude", rest, i);
                i += arg.equals("--exclude") ? 1 : 0;
                if (value.isBlank()) {
                    throw new UsageException("--exclude needs a pattern");
                }
                excludes.add(value);
            } else if (isValued(arg, "--format")) {
                String value = value(arg, "--format", rest, i);
                i += arg.equals("--format") ? 1 : 0;
                switch (command) {
                    case CHECK -> checkFormat = formatOf(CheckFormat.class, value, command);
                    case GRAPH -> graphFormat = formatOf(GraphFormat.class, value, command);
                    default -> progressFormat = formatOf(ProgressFormat.class, value, command);
                }
            } else {
                throw new UsageException("unknown option '" + arg + "' for " + command.word());
            }
        }
        if (paths.isEmpty()) {
            paths.add(Path.of("."));
        }
        return new Arguments(command, List.copyOf(paths), checkFormat, graphFormat, progressFormat, detail, strict, null,
                new Reading(List.copyOf(excludes), noIgnore, allowEmpty));
    }

    /** {@code --name VALUE} or {@code --name=VALUE}. */
    private static boolean isValued(String arg, String name) {
        return arg.equals(name) || arg.startsWith(name + "=");
    }

    private static String value(String arg, String name, List<String> rest, int at) throws UsageException {
        if (!arg.equals(name)) {
            return arg.substring(name.length() + 1);
        }
        if (at + 1 >= rest.size()) {
            throw new UsageException(name + " needs a value");
        }
        return rest.get(at + 1);
    }

    private static <F extends Enum<F>> F formatOf(Class<F> formats, String value, Command command) throws UsageException {
        for (F format : formats.getEnumConstants()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        List<String> names = new ArrayList<>();
        for (F format : formats.getEnumConstants()) {
            names.add(format.name().toLowerCase(Locale.ROOT));
        }
        throw new UsageException("unknown format '" + value + "' for " + command.word() + "; use one of " + String.join(", ", names));
    }

    private static void requireNothingAfter(String word, List<String> rest) throws UsageException {
        if (!rest.isEmpty()) {
            throw new UsageException("unexpected argument '" + rest.get(0) + "' after " + word);
        }
    }

    private static Arguments simple(Command command, Command helpTopic) {
        return new Arguments(command, List.of(), CheckFormat.TEXT, GraphFormat.JSON, ProgressFormat.TEXT, false, false, helpTopic, Reading.DEFAULT);
    }
}
