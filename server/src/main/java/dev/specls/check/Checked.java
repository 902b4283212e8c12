package dev.specls.check;

import dev.specls.config.Settings;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One check of a spec set: its findings by file, and, when there were few enough to keep, what each rule
 * reported (of which task, for a task rule), so that the check of the plan's next version can replay what an
 * edit cannot have changed ({@link PlanEdit}).
 *
 * @param settings the settings of the spec set's folder the rules ran under: another set of settings replays nothing
 * @param byRule   each rule's findings in the order it reported them, by the checker's rule index; {@code null}
 *                 when they were too many to keep
 */
record Checked(SpecSet specSet, Settings settings, Map<URI, List<Finding>> findings, RuleFindings[] byRule) {

    /**
     * What one rule reported, in order.
     *
     * @param ran      whether the rule ran: it had a severity and, for a task rule, applied to the plan
     * @param ordinals for a task rule, the ordinal of the task each finding was reported for; empty for other rules
     */
    record RuleFindings(boolean ran, List<Finding> findings, int[] ordinals) {
        static final RuleFindings NOT_RUN = new RuleFindings(false, List.of(), new int[0]);
    }

    boolean replayable() {
        return byRule != null;
    }
}
