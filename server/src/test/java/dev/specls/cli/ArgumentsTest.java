package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.cli.Arguments.Command;
import dev.specls.lsp.LanguageServerLauncher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgumentsTest {

    private static List<String> words(String commandLine) {
        return commandLine.isBlank() ? List.of() : Arrays.asList(commandLine.trim().split(" +"));
    }

    @ParameterizedTest(name = "specls {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # command line                         | command | paths        | check format | graph format | progress | detail | strict | help topic
            --version                              | VERSION |              | TEXT         | JSON         | TEXT     | false  | false  |
            --help                                 | HELP    |              | TEXT         | JSON         | TEXT     | false  | false  |
            -h                                     | HELP    |              | TEXT         | JSON         | TEXT     | false  | false  |
            help                                   | HELP    |              | TEXT         | JSON         | TEXT     | false  | false  |
            help check                             | HELP    |              | TEXT         | JSON         | TEXT     | false  | false  | CHECK
            check --help                           | HELP    |              | TEXT         | JSON         | TEXT     | false  | false  | CHECK
            graph -h                               | HELP    |              | TEXT         | JSON         | TEXT     | false  | false  | GRAPH
            lsp                                    | LSP     |              | TEXT         | JSON         | TEXT     | false  | false  |
            check                                  | CHECK   | .            | TEXT         | JSON         | TEXT     | false  | false  |
            check specs PLAN.md                    | CHECK   | specs,PLAN.md| TEXT         | JSON         | TEXT     | false  | false  |
            check --format json --strict a         | CHECK   | a            | JSON         | JSON         | TEXT     | false  | true   |
            check a --format=SARIF                 | CHECK   | a            | SARIF        | JSON         | TEXT     | false  | false  |
            check --format github                  | CHECK   | .            | GITHUB       | JSON         | TEXT     | false  | false  |
            check --format junit                   | CHECK   | .            | JUNIT        | JSON         | TEXT     | false  | false  |
            check --format=checkstyle x            | CHECK   | x            | CHECKSTYLE   | JSON         | TEXT     | false  | false  |
            check -- --strict                      | CHECK   | --strict     | TEXT         | JSON         | TEXT     | false  | false  |
            check -                                | CHECK   | -            | TEXT         | JSON         | TEXT     | false  | false  |
            graph                                  | GRAPH   | .            | TEXT         | JSON         | TEXT     | false  | false  |
            graph --format mermaid x y             | GRAPH   | x,y          | TEXT         | MERMAID      | TEXT     | false  | false  |
            graph --format=dot                     | GRAPH   | .            | TEXT         | DOT          | TEXT     | false  | false  |
            ready                                  | READY   | .            | TEXT         | JSON         | TEXT     | false  | false  |
            ready --format json specs              | READY   | specs        | TEXT         | JSON         | JSON     | false  | false  |
            status -d                              | STATUS  | .            | TEXT         | JSON         | TEXT     | true   | false  |
            status --detail --format=json a        | STATUS  | a            | TEXT         | JSON         | JSON     | true   | false  |
            status -h                              | HELP    |              | TEXT         | JSON         | TEXT     | false  | false  | STATUS
            """)
    void acceptsGoodCommandLines(String commandLine, Command command, String paths, CheckFormat checkFormat,
                                 GraphFormat graphFormat, ProgressFormat progressFormat, boolean detail, boolean strict, Command helpTopic)
            throws UsageException {
        Arguments arguments = Arguments.parse(words(commandLine));

        List<Path> expectedPaths = paths == null ? List.of() : Arrays.stream(paths.split(",")).map(Path::of).toList();
        assertEquals(new Arguments(command, expectedPaths, checkFormat, graphFormat, progressFormat, detail, strict, helpTopic,
                Arguments.Reading.DEFAULT), arguments);
    }

    @ParameterizedTest(name = "specls {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # command line                                      | excludes          | no-ignore | allow-empty | paths
            check --exclude docs/ .                             | docs/             | false     | false       | .
            check --exclude=docs/ --exclude *.bak a b           | docs/,*.bak       | false     | false       | a,b
            check --no-ignore --allow-empty                     |                   | true      | true        | .
            graph --exclude fixtures --no-ignore x              | fixtures          | true      | false       | x
            check -- --exclude                                  |                   | false     | false       | --exclude
            """)
    void readsTheOptionsThatChooseFiles(String commandLine, String excludes, boolean noIgnore, boolean allowEmpty, String paths)
            throws UsageException {
        Arguments arguments = Arguments.parse(words(commandLine));

        List<String> expectedExcludes = excludes == null ? List.of() : Arrays.asList(excludes.split(","));
        assertEquals(new Arguments.Reading(expectedExcludes, noIgnore, allowEmpty), arguments.reading());
        assertEquals(Arrays.stream(paths.split(",")).map(Path::of).toList(), arguments.paths());
    }

    @ParameterizedTest(name = "specls {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # command line                 | what stderr says
            ''                             | no command given
            frobnicate                     | unknown command 'frobnicate'
            --frobnicate                   | unknown option '--frobnicate'
            --version extra                | unexpected argument 'extra' after --version
            lsp --stdio                    | unexpected argument '--stdio' after lsp
            check --format                 | --format needs a value
            check --format xml             | unknown format 'xml' for check; use one of text, json, sarif, github, junit, checkstyle
            check --exclude                | --exclude needs a value
            check --exclude=               | --exclude needs a pattern
            graph --format sarif           | unknown format 'sarif' for graph; use one of json, mermaid, dot
            graph --strict                 | unknown option '--strict' for graph
            ready -d                       | unknown option '-d' for ready
            status --format sarif          | unknown format 'sarif' for status; use one of text, json
            check --verbose                | unknown option '--verbose' for check
            help frobnicate                | help takes one command name: lsp, check, graph, ready or status
            help check graph               | help takes one command name: lsp, check, graph, ready or status
            """)
    void rejectsBadCommandLinesWithExitTwoAndUsageOnStderr(String commandLine, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = CommandLine.run(words(commandLine), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."), LanguageServerLauncher::run);

        assertEquals(2, exitCode);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "stdout stays clean");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.startsWith("specls: " + message + "\n"), stderr);
        assertTrue(stderr.contains("Usage: specls COMMAND"), stderr);
    }
}
