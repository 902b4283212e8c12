package dev.specls.llm;

import dev.specls.check.Finding;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.nio.file.Path;
import dev.specls.workspace.SourceFile;
import java.util.List;
import java.util.Map;

/** How a model's answer is checked: with specls' own rules, in the context of the spec set it will join. */
public interface AnswerCheck {

    /**
     * The findings on the plan file when it holds {@code planText} beside the other members of {@code context}.
     *
     * @param context the spec set as it is now, or {@code null} when the folder has none yet
     * @param folder  the spec set's folder
     */
    List<Finding> planFindings(SpecSet context, Path folder, URI planUri, String planText);

    /**
     * The findings on each of {@code files} when they join {@code context}, each replacing the member of its URI: how
     * the files of the other spec formats an answer writes are judged with their format's own rules.
     */
    Map<URI, List<Finding>> findings(SpecSet context, Path folder, List<SourceFile> files);
}
