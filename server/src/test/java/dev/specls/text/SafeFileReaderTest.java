package dev.specls.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The size cap holds while reading, not only by the size a file reports: devices and {@code /proc}
 * files report 0. (Whole-program behaviour of the reader, links and pipes, is held by the CLI and
 * server tests; this one needs a cap smaller than any file a test could write.)
 */
class SafeFileReaderTest {

    @Test
    void aFileThatReportsSizeZeroIsCappedWhileReading() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status) && Files.size(status) == 0, "needs a /proc file that reports size 0");

        SafeFileReader.Result capped = SafeFileReader.read(status, null, 100);
        assertTrue(capped instanceof SafeFileReader.Refused refused && refused.cause() == SafeFileReader.Cause.TOO_LARGE, capped::toString);
        assertEquals("is larger than 100 bytes; specls does not read it", ((SafeFileReader.Refused) capped).reason());

        SafeFileReader.Result read = SafeFileReader.read(status, null, 1 << 20);
        assertTrue(read instanceof SafeFileReader.Read text && text.text().contains("VmRSS"), read::toString);
    }
}
