package dev.specls.cli;

import dev.specls.cli.Arguments.Command;

/** The help text of every command; {@code specls help COMMAND} shows one of them. */
final class Usage {

    private static final String SUMMARY = """
            Usage: specls COMMAND [OPTIONS] [PATH...]

            Checks the files that steer AI coding agents (sago's PLAN.md, REQUIREMENTS.md and
            STATE.md; Spec Kit, Kiro and cc-sdd, Saga, GSD and specpilot spec sets) and serves
            them to editors as a language server.

            Commands:
              check [PATH...]   report problems in the spec sets found in PATHs
              graph [PATH...]   print the task graph of every plan found in PATHs
              ready [PATH...]   print the tasks that can start now, in every spec set
              status [PATH...]  print the progress of every spec set, per phase or milestone
              lsp               run the language server on stdin/stdout
              plan [PATH]       write PLAN.md with a model, checked and repaired by specls
              replan [PATH]     update PLAN.md, keeping done tasks byte-identical
              review [PATH]     review a phase's work (--phase NAME)
              init [PATH]       write PROJECT.md and REQUIREMENTS.md from --prompt TEXT
              help [COMMAND]    show this help, or the help of one command

            Options:
              --version         print the version and exit
              --help, -h        show help (after a command: that command's help)

            Exit status: 0 success, 1 check found failing problems, 2 usage or I/O error
            or a path with no spec file, 3 internal error.
            """;

    private static final String CHECK = """
            Usage: specls check [--format FORMAT] [--strict] [--exclude GLOB]... [--no-ignore]
                                [--allow-empty] [PATH...]

            Reads every plan, requirements and state file in the given files and folders
            (default: the current folder) and reports what each rule finds. Files are
            found by name (PLAN.md, REQUIREMENTS.md, STATE.md, the [files] globs of
            .specls.toml); a Markdown file named here is a plan when it holds <phases>.
            Each file gets the settings of its nearest .specls.toml.

            Options:
              --format FORMAT   text (default): path:line:col: severity code message
                                json: one object with files, diagnostics and summary
                                sarif: SARIF 2.1.0, for code-scanning uploads
                                github: GitHub Actions annotations (::error file=...::)
                                junit: JUnit XML, for GitLab, Jenkins and CI dashboards
                                checkstyle: checkstyle XML, for reviewdog and warnings-ng
              --strict          warnings fail the run too, not only errors
              --exclude GLOB    leave out what GLOB matches (.gitignore syntax, relative
                                to the current folder); may be given more than once
              --no-ignore       also read what .gitignore files ignore
              --allow-empty     a path with no spec file is not an error
              --                end of options; later arguments are paths

            Folder scans leave out .git, node_modules, target, build, dist, .venv, other
            hidden folders, [files] exclude of .specls.toml and --exclude; a file named
            here is read whatever they say.

            Exit status: 0 no failing finding, 1 failing findings, 2 usage or I/O error,
            or a path with no spec file.
            """;

    private static final String GRAPH = """
            Usage: specls graph [--format json|mermaid|dot] [--exclude GLOB]... [--no-ignore]
                                [--allow-empty] [PATH...]

            Prints the tasks of every plan in the given files and folders (default: the
            current folder) with their explicit and implicit dependencies, wave (layer) and
            status from STATE.md. Files are found as check finds them.

            Options:
              --format FORMAT   json (default), mermaid (a flowchart) or dot (Graphviz)
              --exclude GLOB    leave out what GLOB matches (.gitignore syntax)
              --no-ignore       also read what .gitignore files ignore
              --allow-empty     a path with no spec file is not an error
              --                end of options; later arguments are paths
            """;

    private static final String READY = """
            Usage: specls ready [--format text|json] [--exclude GLOB]... [--no-ignore]
                                [--allow-empty] [PATH...]

            Prints, for every spec set in the given files and folders (default: the current
            folder), the tasks an agent can start now: not started, not on a dependency
            cycle, and nothing they wait for unfinished, the tool's implicit order included
            (sago's earlier tasks of a phase, Spec Kit's phases, Kiro's list order, Saga's
            milestones). A parent task is done through its sub-tasks and is not listed.

            Options:
              --format FORMAT   text (default) or json
              --exclude GLOB    leave out what GLOB matches (.gitignore syntax)
              --no-ignore       also read what .gitignore files ignore
              --allow-empty     a path with no spec file is not an error
              --                end of options; later arguments are paths
            """;

    private static final String STATUS = """
            Usage: specls status [-d] [--format text|json] [--exclude GLOB]... [--no-ignore]
                                 [--allow-empty] [PATH...]

            Prints, for every spec set in the given files and folders (default: the current
            folder), how many tasks are done, in total and per phase or milestone, and how
            many are ready. Statuses are the tools' own: STATE.md for sago, checkboxes for
            Spec Kit, Kiro and specpilot, PROGRESS.md for Saga, ROADMAP.md for GSD.

            Options:
              -d, --detail      list every task with its status and what it waits for
              --format FORMAT   text (default) or json
              --exclude GLOB    leave out what GLOB matches (.gitignore syntax)
              --no-ignore       also read what .gitignore files ignore
              --allow-empty     a path with no spec file is not an error
              --                end of options; later arguments are paths
            """;

    private static final String LSP = """
            Usage: specls lsp

            Runs the language server over stdin and stdout (JSON-RPC, as editors start it).
            Logs go to stderr.
            """;

    private Usage() {
    }

    static String of(Command topic) {
        if (topic == null) {
            return SUMMARY;
        }
        return switch (topic) {
            case CHECK -> CHECK;
            case GRAPH -> GRAPH;
            case READY -> READY;
            case STATUS -> STATUS;
            case LSP -> LSP;
            case HELP, VERSION -> SUMMARY;
        };
    }
}
