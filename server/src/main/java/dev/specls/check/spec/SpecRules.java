package dev.specls.check.spec;

import java.util.List;

/** Every rule of the non-sago spec formats, shared ones first, then Kiro, Spec Kit, Saga and GSD, in the order docs/rules.md lists them. */
public final class SpecRules {

    private static final List<SpecRule> ALL = List.of(
            new UnresolvedDependency(),
            new UnresolvedReference(),
            new DuplicateId(),
            new DependencyCycle(),
            new UncoveredItem(),
            new StatusInconsistent(),
            new ParallelFileConflict(),
            new NeedsClarification(),
            new TemplatePlaceholder(),
            new IdFormDrift(),
            new UncheckedChecklist(),
            new KiroTaskUnderHeading(),
            new KiroTaskNestedTooDeep(),
            new KiroEarsCriterion(),
            new SpecKitTaskWithoutCheckbox(),
            new SpecKitTaskWithoutId(),
            new SpecKitTaskWithoutStory(),
            new SpecKitFoundationWaitsForStory(),
            new SagaMissingDependsOn(),
            new SagaMissingValidationCriteria(),
            new SagaWeakValidationCriterion(),
            new SagaUnknownProgressTask(),
            new SagaIndexDisagrees(),
            new SagaTaskIdMismatch(),
            new GsdWaveMismatch(),
            new GsdCrossPhaseDependency());

    private SpecRules() {
    }

    public static List<SpecRule> all() {
        return ALL;
    }
}
