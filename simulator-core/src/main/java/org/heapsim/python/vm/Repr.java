package org.heapsim.python.vm;

import java.util.Map;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.MethodObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.TupleObject;
import org.heapsim.weak.WeakRefObject;

/** repr() of the built-in kinds, with Py_ReprEnter's "[...]" for containers that contain themselves. */
final class Repr {
    private Repr() {
    }

    static String address(PyObject o) {
        return String.format("0x%012x", 0x7f0000000000L + o.serial() * 48);
    }

    static String builtinRepr(PyRuntime rt, PyObject o) {
        Map<PyObject, Boolean> active = rt.reprActive;
        if (o instanceof ListObject || o instanceof DictObject || o instanceof SetObject || o instanceof TupleObject) {
            if (active.containsKey(o)) {
                return o instanceof ListObject ? "[...]" : o instanceof DictObject ? "{...}" : "...";
            }
            active.put(o, Boolean.TRUE);
            try {
                return containerRepr(rt, o);
            } finally {
                active.remove(o);
            }
        }
        if (o instanceof ExceptionObject e) {
            PyObject args = e.field(1);
            String inner = args instanceof TupleObject t && t.size() == 1 ? Ops.reprOf(rt, t.get(0))
                    : args instanceof TupleObject t2 && t2.size() > 1 ? Ops.reprOf(rt, t2).replaceAll("^\\(|\\)$", "") : "";
            return e.type().name() + "(" + inner + ")";
        }
        if (o instanceof FunctionObject f) {
            return "<function " + f.qualname() + " at " + address(o) + ">";
        }
        if (o instanceof MethodObject m) {
            return "<bound method " + qualName(m.function()) + " of " + Ops.reprOf(rt, m.self()) + ">";
        }
        if (o instanceof ClassObject c) { // type_repr: __module__ (unless builtins) and __qualname__
            PyObject mod = c.dict() == null ? null : rt.heap.getItemStr(c.dict(), "__module__");
            String m = mod instanceof org.heapsim.heap.AtomObject a && a.isStr() ? a.asString() : null;
            return "<class '" + (m == null || m.equals("builtins") ? c.qualname() : m + "." + c.qualname()) + "'>";
        }
        if (o instanceof StaticType t) {
            return "<class '" + t.name() + "'>";
        }
        if (o instanceof WeakRefObject w) {
            PyObject r = w.referent();
            return r == null ? "<weakref at " + address(o) + "; dead>"
                    : "<weakref at " + address(o) + "; to '" + r.typeName() + "' at " + address(r) + ">";
        }
        if (Super.isSuper(o)) {
            return Super.repr(o);
        }
        if (o instanceof GenericObject g) {
            if (Generators.isGenerator(o)) {
                return Generators.repr(o);
            }
            if (g.shape() == GenericObject.Shape.MODULE) {
                return "<module '" + g.name() + "' (built-in)>";
            }
            if (Ranges.isRange(o)) {
                return Ranges.repr(o);
            }
            if (StdStreams.isStream(o)) {
                return StdStreams.repr(o);
            }
            if (Views.isView(o)) {
                return Views.repr(rt, o);
            }
            if (g.payload() instanceof org.heapsim.heap.NativeFunction) {
                return "<built-in function " + g.name() + ">";
            }
            if (g.payload() instanceof BuiltinMethods.Bound b) {
                return "<built-in method " + g.name() + " of " + g.field(0).typeName() + " object at " + address(g.field(0)) + ">";
            }
            if (g.name() != null && g.name().equals("NotImplemented")) {
                return "NotImplemented";
            }
        }
        PyType t = o.type();
        return "<" + (t instanceof ClassObject ? "__main__." : "") + t.name() + " object at " + address(o) + ">";
    }

    private static String qualName(PyObject f) {
        return f instanceof FunctionObject fn ? fn.qualname() : String.valueOf(f);
    }

    private static String containerRepr(PyRuntime rt, PyObject o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof ListObject l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(Ops.reprOf(rt, l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof TupleObject t) {
            sb.append('(');
            for (int i = 0; i < t.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(Ops.reprOf(rt, t.get(i)));
            }
            return sb.append(t.size() == 1 ? ",)" : ")").toString();
        }
        if (o instanceof DictObject d) {
            sb.append('{');
            boolean first = true;
            for (int i = 0; i < d.entrySlots(); i++) {
                if (d.keyAt(i) != null) {
                    sb.append(first ? "" : ", ").append(Ops.reprOf(rt, d.keyAt(i))).append(": ").append(Ops.reprOf(rt, d.valueAt(i)));
                    first = false;
                }
            }
            return sb.append('}').toString();
        }
        SetObject s = (SetObject) o;
        String name = s.isFrozen() ? "frozenset" : "set";
        if (s.size() == 0) {
            return name + "()";
        }
        sb.append(s.isFrozen() ? "frozenset({" : "{");
        boolean first = true;
        for (int i = 0; i < s.slots(); i++) {
            if (s.slotKey(i) != null) {
                sb.append(first ? "" : ", ").append(Ops.reprOf(rt, s.slotKey(i)));
                first = false;
            }
        }
        return sb.append(s.isFrozen() ? "})" : "}").toString();
    }
}
