package dev.specls.cli;

import java.io.IOException;
import java.util.List;

/**
 * One format of {@code specls check}, written finding by finding: the command never holds more than one
 * folder's findings, whatever the size of the workspace. A format whose layout needs every finding before
 * it can write anything keeps them itself (see {@link CheckFormat#writer}).
 */
interface ReportWriter {

    /** Before the first finding: how many files are checked and every rule that ran. */
    void start(int fileCount, List<RuleInfo> rules) throws IOException;

    void finding(ReportedFinding finding) throws IOException;

    void finish(ReportTally tally) throws IOException;
}
