package dev.specls.features.fixes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every quick fix, by the rule code it answers. */
public final class QuickFixes {

    private static final Map<String, QuickFix> BY_CODE = index(List.of(
            new ShadowedTaskBlockFix(),
            new TaskBlockCutShortFix(),
            new FenceInfoStringFix(),
            new QuotedTaskBlockFix(),
            new XmlNamespaceFix(),
            new DroppedTaskFix(),
            new TaskIdWhitespaceFix(),
            new DanglingDependencyFix(),
            MissingFieldFix.verify(),
            MissingFieldFix.done(),
            new DependencyCycleFix(),
            new DuplicateTaskIdFix(),
            new FilesCommaSeparatedFix(),
            new UnknownRequirementFix(),
            new UnparsedLineFix(),
            new EmptyDependsOnFix(),
            new SpecUnresolvedDependencyFix(),
            new SpecKitTaskWithoutCheckboxFix(),
            new SpecKitTaskWithoutStoryFix(),
            new SagaMissingDependsOnFix(),
            new GsdWaveMismatchFix(),
            new GsdCrossPhaseDependencyFix(),
            new SpecDependencyCycleFix(),
            new KiroTaskUnderHeadingFix(),
            new KiroTaskNestedTooDeepFix(),
            new SagaIdMismatchFix()));

    private QuickFixes() {
    }

    /** The fix for a rule code, or {@code null} when the rule has none. */
    public static QuickFix forCode(String code) {
        return code == null ? null : BY_CODE.get(code);
    }

    /** The codes that have a quick fix, in the order docs/features.md lists them. */
    public static List<String> codes() {
        return List.copyOf(BY_CODE.keySet());
    }

    private static Map<String, QuickFix> index(List<QuickFix> fixes) {
        Map<String, QuickFix> byCode = new LinkedHashMap<>();
        for (QuickFix fix : fixes) {
            byCode.put(fix.code(), fix);
        }
        return byCode;
    }
}
