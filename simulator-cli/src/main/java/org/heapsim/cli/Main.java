package org.heapsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code heapsim} command. {@link #run} returns the exit status instead of exiting, so
 * tests call it directly; {@link #main} is the only place that calls {@code System.exit}.
 */
@Command(name = "heapsim",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Simulates CPython's memory management exactly: refcounts, weak references, finalizers and the cyclic GC.",
        subcommands = {RunCommand.class, ExplainCommand.class, CheckCommand.class, TraceCommand.class, HtmlCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:everything passed",
            " 1:an expectation or check failed, or the simulated program raised (run: the program's own status)",
            " 2:bad usage or input (malformed trace line, missing file, unsupported construct)",
            " 3:internal error in heapsim"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.status());
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("heapsim: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCode.USAGE.status();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("heapsim: internal error: " + ex);
            if (System.getenv("HEAPSIM_DEBUG") != null) {
                ex.printStackTrace(err); // for heapsim's developers; users see one line
            } else {
                err.println("heapsim: (set HEAPSIM_DEBUG=1 to see where)");
            }
            return ExitCode.INTERNAL.status();
        });
        int status;
        try {
            // deallocation recurses as deep as the version's trashcan allows (3.13: ~9,900 levels)
            status = org.heapsim.heap.LargeStack.call(() -> cl.execute(args));
        } catch (StackOverflowError e) {
            err.println("heapsim: internal error: the simulation ran out of Java stack");
            status = ExitCode.INTERNAL.status();
        }
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"heapsim " + (v == null ? "(development build)" : v)};
        }
    }
}
