package com.consortiumexplorer.ingest;

import com.consortiumexplorer.graph.GraphBackup;
import com.consortiumexplorer.graph.SchemaMigrations;
import com.consortiumexplorer.security.CommandLineOperator;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code import}, {@code export}, {@code generate}, {@code backup} and {@code restore} commands of the
 * application jar. They run the
 * application without its web server (embedded Neo4j or the configured server, migrations applied, no demo
 * city), show a progress bar and end with an exit code: {@value #OK} done, {@value #REJECTED} the input has
 * problems (nothing written), {@value #USAGE} wrong arguments, {@value #FAILED} anything else. Arguments of the
 * form {@code --some.property=value} configure the application as usual. Commands that the services reserve for
 * administrators (import, backup, restore) run as the {@link CommandLineOperator}.
 */
public final class IngestCommandLine {

    /** Exit code: the command did its work. */
    public static final int OK = 0;

    /** Exit code: the import input has problems; nothing was written. */
    public static final int REJECTED = 1;

    /** Exit code: the arguments are wrong. */
    public static final int USAGE = 2;

    /** Exit code: the command failed. */
    public static final int FAILED = 3;

    private static final Set<String> COMMANDS = Set.of("import", "export", "generate", "backup", "restore");
    private static final Set<String> OPTIONS = Set.of(
            "format",
            "organizations",
            "seed",
            "out",
            "batch-size",
            "neighbourhood",
            "depth",
            "consortium",
            "id-prefix");
    private static final String USAGE_TEXT = """
            Usage:
              java -jar consortium-explorer.jar import <folder|file.csv|file.zip|file.json> [--batch-size N]
              java -jar consortium-explorer.jar export --format json|csv|graphml <target>
                  [--neighbourhood ID [--depth 1-3] | --consortium ID]
              java -jar consortium-explorer.jar generate --organizations N --seed S [--out folder] [--id-prefix P]
              java -jar consortium-explorer.jar backup <file.gz>     (the whole graph, including users and audit)
              java -jar consortium-explorer.jar restore <file.gz>    (replaces the whole graph with the backup)
            Any --property=value configures the application (e.g. --explorer.embedded.data-dir=./data).""";

    private IngestCommandLine() {}

    /** Whether the arguments ask for one of these commands rather than for the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs a command.
     *
     * @param application the Spring Boot application class to start (without web server) when the database is
     *     needed
     * @param out where progress and results are shown
     * @return the exit code
     */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        try {
            parse(args, options, positional, springArgs);
            return switch (args[0]) {
                case "generate" -> generate(application, options, springArgs, out);
                case "import" -> importData(application, options, positional, springArgs, out);
                case "backup", "restore" -> backupOrRestore(application, args[0], positional, springArgs, out);
                default -> export(application, options, positional, springArgs, out);
            };
        } catch (IllegalArgumentException e) {
            out.println("Error: " + e.getMessage());
            out.println(USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException e) {
            out.println();
            out.println("Failed: " + e);
            return FAILED;
        }
    }

    private static void parse(
            String[] args, Map<String, String> options, List<String> positional, List<String> springArgs) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (OPTIONS.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                options.put(name, value);
            } else if (value != null) {
                springArgs.add(arg);
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    private static int generate(
            Class<?> application, Map<String, String> options, List<String> springArgs, PrintStream out) {
        if (!options.containsKey("organizations") || !options.containsKey("seed")) {
            throw new IllegalArgumentException("generate needs --organizations and --seed");
        }
        int organizations = number(options, "organizations", 0);
        long seed;
        try {
            seed = Long.parseLong(options.get("seed"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number");
        }
        String folder = options.get("out");
        GeneratorSettings settings = new GeneratorSettings(
                organizations,
                seed,
                folder == null ? GeneratorSettings.Output.DATABASE : GeneratorSettings.Output.CSV,
                folder == null ? null : Path.of(folder),
                options.getOrDefault("id-prefix", "syn-"),
                number(options, "batch-size", GeneratorSettings.DEFAULT_BATCH_SIZE));
        ConsoleProgress progress = new ConsoleProgress(out, System.console() != null);
        GenerationReport report;
        if (folder != null) {
            report = new CityGenerator(null, null).generate(settings, rows -> progress.update("generating", rows, -1));
        } else {
            try (ConfigurableApplicationContext context = start(application, springArgs)) {
                report = context.getBean(CityGenerator.class)
                        .generate(settings, rows -> progress.update("generating", rows, -1));
            }
        }
        progress.finish();
        out.printf(
                "Generated %,d nodes and %,d relationships in %.1f s%s%n",
                report.nodeCount(),
                report.relationshipCount(),
                report.took().toMillis() / 1000.0,
                folder == null ? "" : " into " + folder);
        return OK;
    }

    private static int importData(
            Class<?> application,
            Map<String, String> options,
            List<String> positional,
            List<String> springArgs,
            PrintStream out) {
        if (positional.size() != 1) {
            throw new IllegalArgumentException("import needs exactly one folder or file");
        }
        Path source = Path.of(positional.getFirst());
        if (!Files.exists(source)) {
            throw new IllegalArgumentException(source + " does not exist");
        }
        int batchSize = number(options, "batch-size", GeneratorSettings.DEFAULT_BATCH_SIZE);
        ConsoleProgress progress = new ConsoleProgress(out, System.console() != null);
        long[] writingFrom = {0};
        GraphImporter.Progress phases = (phase, done, total) -> {
            if (writingFrom[0] == 0 && phase.equals("writing")) {
                writingFrom[0] = System.nanoTime();
            }
            progress.update(phase, done, total);
        };
        long started = System.nanoTime();
        EmptyDatabaseImport offline = new EmptyDatabaseImport(source, phases);
        try (ConfigurableApplicationContext context = start(application, springArgs, offline)) {
            ImportReport report = offline.report();
            if (report != null) {
                return offlineImported(report, offline.timings(), context, out, progress);
            }
            long startUp = System.nanoTime() - started;
            started = System.nanoTime();
            report = CommandLineOperator.act(() -> context.getBean(GraphImporter.class)
                    .importData(source, batchSize, CommandLineOperator.NAME, phases));
            progress.finish();
            if (report.status() == ImportReport.Status.REJECTED) {
                return rejected(report, out);
            }
            long took = report.took().toNanos();
            long validating = writingFrom[0] - started;
            out.printf(
                    "Imported %,d nodes and %,d relationships (%,d rows) in %.1f s%s%n",
                    report.nodes(),
                    report.relationships(),
                    report.rows(),
                    took / 1e9,
                    report.resumedFrom() > 0
                            ? String.format(", resumed after %,d rows already written", report.resumedFrom())
                            : "");
            out.printf("Validated in %.1f s, wrote in %.1f s%n", validating / 1e9, (took - validating) / 1e9);
            out.printf("Path: transactional batches (start-up %.1f s)%n", startUp / 1e9);
            return OK;
        }
    }

    private static int rejected(ImportReport report, PrintStream out) {
        report.problems().forEach(out::println);
        out.printf("Rejected: %,d problems, nothing was written%n", report.problemCount());
        return REJECTED;
    }

    /**
     * The end of an offline import: the store was built before the application started, whose migrations then
     * created the constraints and indexes on it; the import counts as done once every index is online. The time
     * reported runs from reading the first row to that moment, less the start-up of the engine and the
     * application in between (the migrations, which populate the constraints, count).
     */
    private static int offlineImported(
            ImportReport report,
            GraphImporter.BuildTimings timings,
            ConfigurableApplicationContext context,
            PrintStream out,
            ConsoleProgress progress) {
        progress.finish();
        if (report.status() == ImportReport.Status.REJECTED) {
            return rejected(report, out);
        }
        long waiting = System.nanoTime();
        context.getBean(Driver.class)
                .executableQuery("CALL db.awaitIndexes($seconds)")
                .withParameters(Map.of("seconds", 3600))
                .execute();
        long online = System.nanoTime() - waiting;
        long migrations = context.getBean(SchemaMigrations.class).took().toNanos();
        long indexing = migrations + online;
        long took = report.took().toNanos() + indexing;
        StoreBuilder.Milestones store = timings.store;
        out.printf(
                "Imported %,d nodes and %,d relationships (%,d rows) in %.1f s%n",
                report.nodes(), report.relationships(), report.rows(), took / 1e9);
        out.printf(
                "Phases: read and validated in %.1f s (the importer building alongside); node stage %.1f s,"
                        + " relationship stage %.1f s, linking and post-processing %.1f s; constraints and"
                        + " indexes %.1f s (migrations %.1f s, then online in %.1f s)%n",
                (timings.read - timings.started) / 1e9,
                (store.relationshipsStarted - timings.started) / 1e9,
                (store.relationshipsTaken - store.relationshipsStarted) / 1e9,
                (store.built - store.relationshipsTaken) / 1e9,
                indexing / 1e9,
                migrations / 1e9,
                online / 1e9);
        out.println("Path: offline bulk import into the empty database");
        return OK;
    }

    private static int export(
            Class<?> application,
            Map<String, String> options,
            List<String> positional,
            List<String> springArgs,
            PrintStream out) {
        if (positional.size() != 1 || !options.containsKey("format")) {
            throw new IllegalArgumentException("export needs --format and exactly one target");
        }
        ExportFormat format = ExportFormat.of(options.get("format"));
        ExportScope scope = options.containsKey("neighbourhood")
                ? ExportScope.neighbourhood(options.get("neighbourhood"), number(options, "depth", 1))
                : options.containsKey("consortium")
                        ? ExportScope.consortium(options.get("consortium"))
                        : ExportScope.all();
        Path target = Path.of(positional.getFirst());
        try (ConfigurableApplicationContext context = start(application, springArgs)) {
            GraphExporter exporter = context.getBean(GraphExporter.class);
            ExportSummary summary;
            if (format == ExportFormat.CSV && !target.toString().endsWith(".zip")) {
                summary = exporter.exportCsvFolder(scope, target);
            } else {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    summary = exporter.export(format, scope, stream);
                }
            }
            out.printf(
                    "Exported %,d nodes and %,d relationships to %s in %.1f s%n",
                    summary.nodes(),
                    summary.relationships(),
                    target,
                    summary.took().toMillis() / 1000.0);
            return OK;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + target, e);
        }
    }

    private static int backupOrRestore(
            Class<?> application, String command, List<String> positional, List<String> springArgs, PrintStream out) {
        if (positional.size() != 1) {
            throw new IllegalArgumentException(command + " needs exactly one file");
        }
        Path file = Path.of(positional.getFirst());
        boolean backup = command.equals("backup");
        if (!backup && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist");
        }
        try (ConfigurableApplicationContext context = start(application, springArgs)) {
            GraphBackup graph = context.getBean(GraphBackup.class);
            GraphBackup.Counts counts;
            if (backup) {
                try (OutputStream stream = Files.newOutputStream(file)) {
                    counts = CommandLineOperator.act(() -> graph.backup(stream));
                }
            } else {
                try (InputStream stream = Files.newInputStream(file)) {
                    counts = CommandLineOperator.act(() -> graph.restore(stream));
                }
            }
            out.printf(
                    "%s %,d nodes and %,d relationships %s %s%n",
                    backup ? "Backed up" : "Restored",
                    counts.nodes(),
                    counts.relationships(),
                    backup ? "to" : "from",
                    file);
            return OK;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot " + (backup ? "write " : "read ") + file, e);
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, List<String> springArgs) {
        return start(application, springArgs, null);
    }

    /** @param beforeStart told the command's configuration before anything starts, or {@code null} */
    private static ConfigurableApplicationContext start(
            Class<?> application, List<String> springArgs, ApplicationListener<?> beforeStart) {
        List<String> arguments = new ArrayList<>();
        if (springArgs.stream().noneMatch(a -> a.startsWith("--explorer.demo-data="))) {
            // A command line argument, because application.properties would win over a default property.
            arguments.add("--explorer.demo-data=false");
        }
        arguments.addAll(springArgs);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
        if (beforeStart != null) {
            builder.listeners(beforeStart);
        }
        return builder.web(WebApplicationType.NONE)
                .properties(
                        "spring.main.banner-mode=off",
                        // Vaadin's auto-configuration needs a servlet context, which a command has no use for.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run(arguments.toArray(String[]::new));
    }
}
