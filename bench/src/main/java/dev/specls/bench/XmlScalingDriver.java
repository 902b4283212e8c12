package dev.specls.bench;

import dev.specls.syntax.xml.XmlReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How the XML reader's time grows with hostile input, from 10,000 to 1,000,000 of: end tags that close
 * nothing inside as deep a nesting ({@code <a>}×n then {@code </b>}×n), end tags that close nothing at a
 * shallow depth, and attributes of one tag. Each size is read a few times after a warm-up and the median
 * is printed with the time per item, which stays flat when the cost is linear. A size whose median
 * passes {@code --max-seconds} ends that shape (a quadratic reader would take hours at 1,000,000).
 */
final class XmlScalingDriver {

    private static final List<Integer> SIZES = List.of(10_000, 30_000, 100_000, 300_000, 1_000_000);

    private record Shape(String name, IntFunction<String> input) {
    }

    private XmlScalingDriver() {
    }

    static int run(Options options) {
        int runs = options.intOption("runs", 5);
        double maxSeconds = Double.parseDouble(options.option("max-seconds", "60"));
        List<Shape> shapes = List.of(
                new Shape("unmatched end tags, nested as deep", n -> "<phases>" + "<a>".repeat(n) + "</b>".repeat(n) + "</phases>"),
                new Shape("unmatched end tags, shallow", n -> "<phases><phase name=\"p\"><task id=\"1.1\">" + "</x>".repeat(n)
                        + "</task></phase></phases>"),
                new Shape("attributes of one tag", XmlScalingDriver::attributes));
        System.out.printf(Locale.ROOT, "xml reader, median of %d reads after a warm-up%n", runs);
        for (Shape shape : shapes) {
            warmUp(shape);
            for (int n : SIZES) {
                String text = shape.input().apply(n);
                long[] nanos = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    XmlReader.read(text, 0, text.length());
                    nanos[i] = System.nanoTime() - start;
                    if (nanos[i] / 1e9 > maxSeconds) {
                        nanos = Arrays.copyOf(nanos, i + 1);
                        break;
                    }
                }
                Arrays.sort(nanos);
                long median = nanos[nanos.length / 2];
                System.out.printf(Locale.ROOT, "%-36s n=%,9d  %9.1f ms  %7.1f ns per item%n", shape.name(), n, median / 1e6, (double) median / n);
                if (median / 1e9 > maxSeconds) {
                    System.out.printf(Locale.ROOT, "%-36s stopped: one read took over %.0f s%n", shape.name(), maxSeconds);
                    break;
                }
            }
        }
        return 0;
    }

    private static void warmUp(Shape shape) {
        String text = shape.input().apply(SIZES.get(0));
        for (int i = 0; i < 20; i++) {
            XmlReader.read(text, 0, text.length());
        }
    }

    private static String attributes(int n) {
        StringBuilder tag = new StringBuilder("<phases><phase name=\"p\"><task id=\"1.1\"");
        for (int i = 0; i < n; i++) {
            tag.append(" a").append(i).append("=\"v\"");
        }
        return tag.append("></task></phase></phases>").toString();
    }
}
