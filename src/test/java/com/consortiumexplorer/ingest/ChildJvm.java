package com.consortiumexplorer.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The application started in a JVM of its own, on the test class path, for tests that kill or run it whole. */
final class ChildJvm {

    private ChildJvm() {}

    /** A process builder for {@code java … ConsortiumExplorerApplication <arguments>}, output and errors merged. */
    static ProcessBuilder application(String maxHeap, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                "com.consortiumexplorer.ConsortiumExplorerApplication"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
