package dev.specls;

import dev.specls.cli.CommandLine;
import dev.specls.lsp.LanguageServerLauncher;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The {@code specls} process: the command line, with the language server for {@code specls lsp}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Java 17 encodes System.out in the locale's charset; reports are UTF-8 whatever the locale.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int exitCode = CommandLine.run(List.of(args), System.in, out, err, Path.of("").toAbsolutePath(), LanguageServerLauncher::run);
        out.flush();
        System.exit(exitCode);
    }
}
