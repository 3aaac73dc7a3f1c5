package org.heapsim.trace;

import java.util.List;

/**
 * One record of a heap trace ({@code .heap}): one line, record type first. Every record knows
 * its line and column for error messages and event tags. The format is documented in the
 * README ("Heap trace format").
 */
public sealed interface TraceRecord {
    Pos pos();

    /** A position in the trace file: 1-based line and column. */
    record Pos(int line, int col) {
    }

    /** An operand: a handle naming an object, or a literal that makes a new atom. */
    sealed interface Item {
        Pos pos();
    }

    record Handle(String name, Pos pos) implements Item {
    }

    record IntLiteral(java.math.BigInteger value, Pos pos) implements Item {
    }

    record StrLiteral(String value, Pos pos) implements Item {
    }

    /** None, True or False. */
    record Constant(String name, Pos pos) implements Item {
    }

    /** What a scripted {@code __del__} or function does when called. */
    sealed interface Action {
    }

    /** Prints text; {@code {attr}} is replaced by str() of self's attribute (in __del__) or of argument 0's. */
    record PrintAction(String text) implements Action {
    }

    /** Appends self (in __del__: resurrection) or the first argument to the list bound to a global name. */
    record AppendAction(String list) implements Action {
    }

    /** Binds self (or the first argument) to a global name. */
    record BindAction(String name) implements Action {
    }

    /** Raises an exception of the given type with a message. */
    record RaiseAction(String type, String message) implements Action {
    }

    /** Removes a global name. */
    record UnbindAction(String name) implements Action {
    }

    record PythonVersions(List<String> versions, Pos pos) implements TraceRecord {
    }

    /**
     * The Python program this trace mirrors, when it is not {@code NAME.py} beside the trace:
     * version variants of one trace share one program and one recording.
     */
    record Twin(String program, Pos pos) implements TraceRecord {
    }

    record ClassDef(String name, List<String> bases, List<String> slots, List<Action> delActions, Pos pos)
            implements TraceRecord {
    }

    record FunctionDef(String name, List<Action> actions, Pos pos) implements TraceRecord {
    }

    /** {@code new NAME KIND ARGS...}: allocate and bind the global NAME. */
    record New(String name, String kind, List<Item> args, Pos pos) implements TraceRecord {
    }

    record Bind(String name, Item value, Pos pos) implements TraceRecord {
    }

    record Unbind(List<String> names, Pos pos) implements TraceRecord {
    }

    /** A mutation of a container, instance or cell: append, insert, setitem, delitem, delslice, clear, add, discard, setattr, delattr, setcell. */
    record Mutate(String op, String target, List<Item> args, Pos pos) implements TraceRecord {
    }

    record WeakrefNew(String name, boolean proxy, String referent, String callback, Pos pos) implements TraceRecord {
    }

    record FinalizeNew(String name, String object, String function, List<Item> args, Pos pos) implements TraceRecord {
    }

    /** Operations on a finalize object or function: call, detach, atexit-off. */
    record Invoke(String op, String target, Pos pos) implements TraceRecord {
    }

    record FramePush(String name, List<String> locals, Pos pos) implements TraceRecord {
    }

    record Local(String name, Item value, Pos pos) implements TraceRecord {
    }

    record Unlocal(String name, Pos pos) implements TraceRecord {
    }

    record FrameReturn(Pos pos) implements TraceRecord {
    }

    record Collect(int generation, Pos pos) implements TraceRecord {
    }

    /** gc enable, disable, threshold A [B [C]], freeze, unfreeze, saveall. */
    record GcControl(String op, List<Integer> values, Pos pos) implements TraceRecord {
    }

    record AtexitRegister(String function, Pos pos) implements TraceRecord {
    }

    record Print(String text, Pos pos) implements TraceRecord {
    }

    record Shutdown(Pos pos) implements TraceRecord {
    }

    /** {@code expect WHAT ARGS...}: checked when replay reaches it. */
    record Expect(String what, List<Item> args, Pos pos) implements TraceRecord {
    }
}
