package org.heapsim.python.vm;

import java.util.Set;
import org.heapsim.heap.Unsupported;

/**
 * The names of CPython's builtins module (3.8–3.13, {@code dir(builtins)} without the dunder
 * names). A program that reaches one heapsim does not provide is told so (exit 2) rather than
 * given a NameError CPython would never raise.
 */
final class MissingBuiltins {
    private static final Set<String> CPYTHON = Set.of((
            "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError "
            + "BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
            + "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning "
            + "EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError "
            + "FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError "
            + "InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError "
            + "ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError "
            + "OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError "
            + "RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration "
            + "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError "
            + "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
            + "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin "
            + "bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr "
            + "dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash "
            + "help hex id input int isinstance issubclass iter len license list locals map max memoryview min next "
            + "object oct open ord pow print property quit range repr reversed round set setattr slice sorted "
            + "staticmethod str sum super tuple type vars zip").split(" "));

    private MissingBuiltins() {
    }

    /** Called before a NameError for name: a CPython builtin heapsim lacks is unsupported, not undefined. */
    static void check(String name) {
        if (CPYTHON.contains(name)) {
            throw new Unsupported("the built-in '" + name + "'");
        }
    }
}
