package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.Unsupported;
import org.heapsim.python.ast.ConstantValue;

/**
 * The objects behind a compiled file's constants, made in the program's heap and held for the
 * whole run. Equal constants of one file are one object, as CPython's compiler merges them
 * ({@code _PyCode_ConstantKey}, {@code merge_consts_recursive}): {@code a = 1000; b = 1000}
 * binds the same int. Keys are the Java values themselves, whose equality already tells
 * {@code 1}, {@code 1.0}, {@code True} and {@code -0.0} apart.
 * <p>
 * Constant values: {@link BigInteger}, {@link Double}, {@link String}, {@link Boolean},
 * {@link ConstantValue.Bytes}, {@link ConstantValue.Singleton}, a {@link List} (a tuple of
 * constants) and {@link FrozenSetConstant}.
 */
public final class ConstantObjects {
    /** A frozenset constant ({@code x in {1, 2}}), its items in insertion order. */
    public record FrozenSetConstant(List<Object> items) {
    }

    private final PyRuntime rt;
    private final Map<Object, PyObject> merged = new HashMap<>();

    public ConstantObjects(PyRuntime rt) {
        this.rt = rt;
    }

    /** The object for a constant value; a borrowed reference, held for the run. */
    public PyObject of(Object value) {
        PyObject o = merged.get(value);
        if (o == null) {
            o = create(value);
            merged.put(value, o);
        }
        return o;
    }

    /** A tuple of interned names (keyword names of a call, keys of BUILD_CONST_KEY_MAP). */
    public PyObject names(List<String> names) {
        return of(new ArrayList<Object>(names));
    }

    /** A code object constant (never merged). */
    public PyObject code(Code code) {
        return rt.constant(rt.heap.register(new CodeObject(code)));
    }

    private PyObject create(Object value) {
        Heap heap = rt.heap;
        if (value instanceof String s) {
            // intern_string_constants: constants made of name characters are interned
            return isAllNameChars(s) ? heap.intern(s) : rt.constant(heap.newStr(s));
        }
        if (value instanceof Boolean b) {
            return heap.bool(b);
        }
        if (value instanceof BigInteger i) {
            return rt.constant(rt.vm.builtinMethods.newInt(i));
        }
        if (value instanceof Double d) {
            return rt.constant(heap.newFloat(d));
        }
        if (value instanceof ConstantValue.Bytes b) {
            return rt.constant(heap.newBytes(b.value()));
        }
        if (value == ConstantValue.Singleton.NONE) {
            return heap.none();
        }
        if (value instanceof List<?> items) {
            List<PyObject> objs = new ArrayList<>();
            for (Object item : items) {
                objs.add(of(item));
            }
            return rt.constant(heap.newTuple(objs));
        }
        if (value instanceof FrozenSetConstant fs) {
            SetObject s = heap.newSet(true);
            for (Object item : fs.items()) {
                heap.setAdd(s, of(item));
            }
            return rt.constant(s);
        }
        throw new Unsupported(describe(value));
    }

    private static String describe(Object value) {
        if (value == ConstantValue.Singleton.ELLIPSIS) {
            return "'...' (Ellipsis)";
        }
        if (value instanceof ConstantValue.Imaginary) {
            return "complex numbers";
        }
        return "the constant " + value;
    }

    /** codeobject.c's all_name_chars: only ASCII letters, digits and '_'. */
    static boolean isAllNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
