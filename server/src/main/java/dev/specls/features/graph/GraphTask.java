package dev.specls.features.graph;

import java.util.List;

/**
 * One task as {@code specls graph} prints it.
 *
 * @param dependsOn          explicit {@code depends_on} ids, as written and in order
 * @param implicitDependsOn  the earlier tasks of the phase that sago adds when depends_on is empty
 * @param files              one entry per line of {@code <files>}, as sago splits them
 * @param layer              the wave the task runs in; -1 when it sits in a cycle
 * @param status             done, failed, skipped or pending, from STATE.md
 */
public record GraphTask(String id, String name, List<String> dependsOn, List<String> implicitDependsOn,
                        List<String> files, String verify, String done, int layer, String status) {
}
