package dev.specls.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code specls} command line. Reports go to stdout, errors and usage to stderr, so that a report
 * can be piped and {@code specls lsp} keeps stdout for JSON-RPC alone. The language server itself is
 * handed in, so that this package does not depend on the protocol.
 */
public final class CommandLine {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CRASH = 3;

    /** Serves the language server protocol over the streams until the client exits; returns the exit code. */
    @FunctionalInterface
    public interface LanguageServer {
        int serve(InputStream in, OutputStream out);
    }

    private CommandLine() {
    }

    /** Runs one command; returns the process exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err, Path currentFolder, LanguageServer server) {
        return run(args, in, out, err, currentFolder, server, System.getenv());
    }

    /** @param environment the user's environment: where the planning commands find their keys and trusted settings */
    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err, Path currentFolder, LanguageServer server,
            Map<String, String> environment) {
        if (!args.isEmpty() && PlanningCommand.WORDS.contains(args.get(0))) {
            return PlanningCommand.run(args, environment, out, err, currentFolder);
        }
        if (args.size() == 2 && args.get(0).equals("help") && PlanningCommand.WORDS.contains(args.get(1))) {
            out.print(PlanningCommand.USAGE);
            return EXIT_OK;
        }
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (UsageException e) {
            err.println("specls: " + e.getMessage());
            err.println();
            err.print(Usage.of(null));
            return EXIT_USAGE;
        }
        try {
            return switch (arguments.command()) {
                case VERSION -> {
                    out.println("specls " + Version.current());
                    yield EXIT_OK;
                }
                case HELP -> {
                    out.print(Usage.of(arguments.helpTopic()));
                    yield EXIT_OK;
                }
                case CHECK -> CheckCommand.run(arguments, currentFolder, out, err);
                case GRAPH -> GraphCommand.run(arguments, currentFolder, out, err);
                case READY, STATUS -> ProgressCommand.run(arguments, currentFolder, out, err);
                case LSP -> server.serve(in, out);
            };
        } catch (NoSuchFileException e) {
            err.println("specls: no such file or folder: " + e.getFile());
            return EXIT_USAGE;
        } catch (NothingToCheckException e) {
            e.problems().forEach(problem -> err.println("specls: " + problem));
            return EXIT_USAGE;
        } catch (UncheckedIOException e) {
            err.println("specls: cannot read: " + e.getCause().getMessage());
            return EXIT_USAGE;
        } catch (OutOfMemoryError e) {
            // The failed run's data is unreachable once unwound, so there is memory for one line.
            err.println("specls: out of memory (" + e.getMessage() + "); give the JVM more with SPECLS_JAVA_OPTS=-Xmx…, or check fewer files at once");
            return EXIT_CRASH;
        } catch (RuntimeException | Error e) {
            // A bug must not pass for "findings" (1) or a usage error (2) in a CI log; the trace follows for the report.
            err.println("specls: internal error, please report it (SPECLS_JAVA_OPTS=-Dspecls.trace=true prints the trace): " + e);
            if (Boolean.getBoolean("specls.trace")) {
                e.printStackTrace(err);
            }
            return EXIT_CRASH;
        }
    }
}
