package dev.specls.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The report formats of {@code specls check}. */
enum CheckFormat {
    TEXT {
        @Override
        ReportWriter writer(Writer out, String toolVersion) {
            return new TextReport(out);
        }
    },
    JSON {
        @Override
        ReportWriter writer(Writer out, String toolVersion) {
            return new JsonReport(out);
        }
    },
    SARIF {
        @Override
        ReportWriter writer(Writer out, String toolVersion) {
            return new SarifReport(out, toolVersion);
        }
    },
    GITHUB {
        @Override
        ReportWriter writer(Writer out, String toolVersion) {
            return new GithubReport(out);
        }
    },
    JUNIT {
        @Override
        ReportWriter writer(Writer out, String toolVersion) {
            return new WholeReport(out, JunitReport::render);
        }
    },
    CHECKSTYLE {
        @Override
        ReportWriter writer(Writer out, String toolVersion) {
            return new WholeReport(out, report -> CheckstyleReport.render(report, toolVersion));
        }
    };

    /** Writes a report as its findings come; {@code specls check} streams through this. */
    abstract ReportWriter writer(Writer out, String toolVersion);

    /** The whole report as one string. */
    String render(CheckReport report, String toolVersion) {
        StringWriter out = new StringWriter();
        try {
            report.writeTo(writer(out, toolVersion));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
