package dev.specls.cli;

/** The report formats of {@code specls check}. */
enum CheckFormat {
    TEXT {
        @Override
        String render(CheckReport report, String toolVersion) {
            return TextReport.render(report);
        }
    },
    JSON {
        @Override
        String render(CheckReport report, String toolVersion) {
            return JsonReport.render(report);
        }
    },
    SARIF {
        @Override
        String render(CheckReport report, String toolVersion) {
            return SarifReport.render(report, toolVersion);
        }
    },
    GITHUB {
        @Override
        String render(CheckReport report, String toolVersion) {
            return GithubReport.render(report);
        }
    },
    JUNIT {
        @Override
        String render(CheckReport report, String toolVersion) {
            return JunitReport.render(report);
        }
    },
    CHECKSTYLE {
        @Override
        String render(CheckReport report, String toolVersion) {
            return CheckstyleReport.render(report, toolVersion);
        }
    };

    abstract String render(CheckReport report, String toolVersion);
}
