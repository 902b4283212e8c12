package dev.specls.testing;

/** Spec files that several suites check, through the server and through the command line alike. */
public final class SamplePlans {

    /** Two tasks; 1.2 depends on 1.9, which no one declares (plan/dangling-dependency). */
    public static final String DANGLING_DEPENDENCY = """
            # PLAN.md

            ```xml
            <phases>
                <phase name="Phase 1: Setup">
                    <task id="1.1">
                        <name>Create config</name>
                        <files>config.py</files>
                        <action>Create the config module with defaults.</action>
                        <verify>python -c "import config"</verify>
                        <done>Config imports</done>
                    </task>
                    <task id="1.2" depends_on="1.9">
                        <name>Create main</name>
                        <files>main.py</files>
                        <action>Create the entry point that reads the config.</action>
                        <verify>python -c "import main"</verify>
                        <done>Main imports</done>
                    </task>
                </phase>
            </phases>
            ```
            """;

    private SamplePlans() {
    }
}
