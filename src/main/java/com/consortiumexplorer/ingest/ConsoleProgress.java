package com.consortiumexplorer.ingest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for the command line: redrawn in place on a terminal, printed as one line per update (at most
 * a few a second) when the output is a pipe or a file, so that logs and supervising processes can follow it.
 */
final class ConsoleProgress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private long started = System.nanoTime();
    private long lastDrawn;
    private String lastPhase = "";

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * Shows how far a phase is.
     *
     * @param total the total, or -1 when unknown (then only the count and the rate are shown)
     */
    synchronized void update(String phase, long done, long total) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (phase.equals(lastPhase) && !finished && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        if (terminal && !phase.equals(lastPhase) && !lastPhase.isEmpty()) {
            out.println();
        }
        if (!phase.equals(lastPhase)) {
            // Each phase gets its own rate; the start-up of the application is no part of it.
            started = now;
        }
        lastPhase = phase;
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String rate = String.format(Locale.ROOT, "%,.0f rows/s", done / seconds);
        String line;
        if (total > 0) {
            int filled = (int) (WIDTH * Math.min(1.0, (double) done / total));
            line = String.format(
                    Locale.ROOT,
                    "%-10s [%s%s] %3d%% %,d/%,d rows  %s",
                    phase,
                    "#".repeat(filled),
                    "-".repeat(WIDTH - filled),
                    100 * done / total,
                    done,
                    total,
                    rate);
        } else {
            line = String.format(Locale.ROOT, "%-10s %,d rows  %s", phase, done, rate);
        }
        if (terminal) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the bar's line. */
    synchronized void finish() {
        if (terminal && !lastPhase.isEmpty()) {
            out.println();
        }
    }
}
