package dev.specls.cli;

import java.io.IOException;
import java.util.List;

/**
 * One format of {@code specls check}, written finding by finding: the command never holds more than one
 * folder's findings, whatever the size of the workspace. A format whose layout needs every finding before
 * it can write anything (JUnit's totals come first) keeps them in a {@link WholeReport}.
 */
interface ReportWriter {

    /**
     * Before the first finding: every file checked, as reports name it, sorted; every rule that ran; and
     * whether warnings fail the run ({@code --strict}).
     */
    void start(List<String> files, List<RuleInfo> rules, boolean strict) throws IOException;

    void finding(ReportedFinding finding) throws IOException;

    void finish(ReportTally tally) throws IOException;
}
