package dev.specls.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and positional arguments. */
final class Options {

    private final Map<String, String> named = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Options(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                named.put(arg.substring(2), args.get(++i));
            } else {
                positional.add(arg);
            }
        }
    }

    boolean has(String name) {
        return named.containsKey(name);
    }

    String option(String name, String fallback) {
        return named.getOrDefault(name, fallback);
    }

    int intOption(String name, int fallback) {
        return has(name) ? Integer.parseInt(named.get(name).replace("_", "")) : fallback;
    }

    List<String> positional() {
        return positional;
    }
}
