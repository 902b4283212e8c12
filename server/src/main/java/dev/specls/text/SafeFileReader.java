package dev.specls.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way specls reads a file from disk, for the command line and the server alike. A file is read
 * only when it is a regular file reached without a symbolic link: below a workspace root, no link may
 * stand between the root and the file (the root itself may be reached through links, as the user named
 * it); a file outside every root must not itself be a link. So a link that git checked out can neither
 * show specls a file elsewhere ({@code STATE.md -> ~/.ssh/config}) nor make it read a device or its own
 * input ({@code PLAN.md -> /dev/stdin}). The size cap holds while reading, because devices and
 * {@code /proc} files report a size of 0, and every read runs on a reader thread with a timeout, so a
 * named pipe or a stalled network disk costs its caller at most {@link #TIMEOUT_SECONDS}.
 */
public final class SafeFileReader {

    /** Larger files are not spec files anyone edits by hand; reading them would only cost memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    static final long TIMEOUT_SECONDS = 10;

    /** Reads that hang (a pipe that was a file when checked) keep their thread; a few are allowed. */
    private static final int READER_THREADS = 8;

    private static final ThreadPoolExecutor READERS = readers();

    /** What became of one read. */
    public sealed interface Result permits Read, Absent, Refused {
    }

    /**
     * The text, decoded leniently as UTF-8, without a leading byte order mark, and where the bytes first
     * are not UTF-8 ({@code null} when they all are).
     */
    public record Read(String text, Utf8Error utf8Error) implements Result {
    }

    /** Nothing is there (any more). */
    public record Absent() implements Result {
    }

    /** The file exists but specls does not read it; {@code reason} completes "specls did not read this file: it …". */
    public record Refused(Cause cause, String reason) implements Result {
    }

    /** Why a file is not read. */
    public enum Cause {
        /** A symbolic link, or a file in a linked folder. */
        LINK,
        /** A folder, named pipe, device or socket. */
        SPECIAL,
        TOO_LARGE,
        /** The read failed or took too long. */
        FAILED
    }

    private SafeFileReader() {
    }

    /** Reads {@code path}, which lies below {@code root} (a workspace root) or, when {@code root} is null, below none. */
    public static Result read(Path path, Path root) {
        return read(path, root, MAX_BYTES);
    }

    static Result read(Path path, Path root, long maxBytes) {
        Future<Result> reading;
        try {
            reading = READERS.submit(() -> readNow(path, root, maxBytes));
        } catch (RejectedExecutionException busy) {
            return new Refused(Cause.FAILED, "could not be read: " + READER_THREADS + " earlier reads still hang, so the file system is not answering");
        }
        try {
            return reading.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            reading.cancel(true);
            return new Refused(Cause.FAILED, "did not finish reading within " + TIMEOUT_SECONDS + " s (a named pipe, or a file system that does not answer)");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Error error) {
                // Out of memory on the reader thread is out of memory for its caller too.
                throw error;
            }
            return new Refused(Cause.FAILED, "could not be read: " + failed.getCause());
        } catch (InterruptedException interrupted) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return new Refused(Cause.FAILED, "could not be read: interrupted");
        }
    }

    /**
     * Whether specls may edit {@code path} (or create it): the same test as for reading, so an edit can
     * never write through a link to a file outside the workspace. A missing file is judged by its folder.
     */
    public static boolean reachesDirectly(Path path, Path root) {
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                Path parent = path.getParent();
                return parent != null && (parent.equals(root) || reachesDirectly(parent, root));
            }
            return linkReason(path, root) == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Result readNow(Path path, Path root, long maxBytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException missing) {
            return new Absent();
        }
        String link = linkReason(path, root);
        if (link != null) {
            return new Refused(Cause.LINK, link);
        }
        if (!attributes.isRegularFile()) {
            return new Refused(Cause.SPECIAL, attributes.isDirectory() ? "is a folder"
                    : "is not a regular file (a named pipe, device or socket); specls reads only regular files");
        }
        if (attributes.size() > maxBytes) {
            return new Refused(Cause.TOO_LARGE, tooLarge(maxBytes));
        }
        byte[] bytes;
        // NOFOLLOW_LINKS: a file swapped for a link since the check above still fails to open.
        try (InputStream in = Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            bytes = readAtMost(in, maxBytes, attributes.size());
        } catch (NoSuchFileException missing) {
            return new Absent();
        }
        if (bytes == null) {
            return new Refused(Cause.TOO_LARGE, tooLarge(maxBytes));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Editors drop a byte order mark from the buffer; dropping it here keeps disk and buffer offsets equal.
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        Utf8Error utf8Error = text.indexOf('\uFFFD') < 0 ? null : Utf8Error.find(bytes);
        return new Read(text.substring(bom), utf8Error == null ? null : utf8Error.shifted(bom));
    }

    /** Why the path is reached through a link, or {@code null} when it is not. */
    private static String linkReason(Path path, Path root) throws IOException {
        if (root == null || !path.startsWith(root)) {
            return Files.isSymbolicLink(path) ? "is a symbolic link; specls does not read a file through a link" : null;
        }
        Path expected = root.toRealPath().resolve(root.relativize(path));
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException dangling) {
            real = null;
        }
        if (expected.equals(real)) {
            return null;
        }
        return Files.isSymbolicLink(path)
                ? "is a symbolic link; specls follows no link inside the workspace, so that none can show or edit a file elsewhere (check the link's target itself)"
                : "lies in a linked folder; specls follows no link inside the workspace, so that none can show or edit a file elsewhere (check the link's target itself)";
    }

    /**
     * The bytes, or {@code null} when there are more than {@code maxBytes}; never trusts a reported size. The
     * reported size is the first guess of the buffer, so a file that does not change while read lands in one
     * array of its exact size: no growing copies, no final copy (a 20 MB plan otherwise cost 90 MB).
     */
    private static byte[] readAtMost(InputStream in, long maxBytes, long reportedSize) throws IOException {
        long cap = Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
        byte[] bytes = new byte[(int) Math.min(Math.max(reportedSize, 0), cap)];
        int total = 0;
        while (true) {
            if (total == bytes.length) {
                int next = in.read();
                if (next < 0) {
                    return bytes;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(cap, Math.max(8192, 2L * bytes.length)));
                bytes[total++] = (byte) next;
            }
            int count = in.read(bytes, total, bytes.length - total);
            if (count < 0) {
                return Arrays.copyOf(bytes, total);
            }
            total += count;
            if (total > maxBytes) {
                return null;
            }
        }
    }

    private static String tooLarge(long maxBytes) {
        return "is larger than " + (maxBytes >= 1 << 20 ? (maxBytes >> 20) + " MB" : maxBytes + " bytes") + "; specls does not read it";
    }

    private static ThreadPoolExecutor readers() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, READER_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "specls-file-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
