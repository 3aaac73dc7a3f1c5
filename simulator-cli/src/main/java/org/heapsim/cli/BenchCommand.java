package org.heapsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heapsim bench}: the engine's speed against CPython 3.11's figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the engine: refcount updates, allocating and freeing 1M objects, a full collection",
            "over 1M live objects, and a collection freeing 4M objects in 2-cycles; each in ns per unit,",
            "median of 5 runs after a warm-up, beside CPython 3.11's figure on the same work.",
            "Use a large heap for the full run: JAVA_TOOL_OPTIONS=-Xmx8g."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick", description = "a tenth of the sizes, 3 runs (a smoke test, not a measurement)")
    boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<EngineBench.Figure> figures = new EngineBench(quick, s -> {
            err.println(s);
            err.flush();
        }).runAll();
        for (EngineBench.Figure f : figures) {
            out.println(f.line());
        }
        return ExitCode.OK.status();
    }
}
