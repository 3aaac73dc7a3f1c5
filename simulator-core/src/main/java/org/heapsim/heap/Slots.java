package org.heapsim.heap;

import org.heapsim.weak.WeakRefObject;

/**
 * Names every strong reference an object holds, the way a person would write it:
 * {@code [2]} for a list item, {@code .kind} for an attribute, {@code ['k']} for a dict value,
 * {@code local 'x'} for a frame local. Used by explanations, pictures and error messages.
 */
public final class Slots {
    /** Receives one reference with the name of the slot holding it. */
    @FunctionalInterface
    public interface SlotVisitor {
        void visit(String slot, PyObject target);
    }

    private Slots() {
    }

    public static void forEach(PyObject o, SlotVisitor v) {
        InstanceState st = o.instance;
        if (st != null && o.type() instanceof ClassObject cls) {
            for (PyType t = cls; t instanceof ClassObject c; t = c.base) {
                for (int i = 0; i < c.declaredSlots().size(); i++) {
                    PyObject x = st.slots[c.slotOffset + i];
                    if (x != null) {
                        v.visit("." + c.declaredSlots().get(i), x);
                    }
                }
            }
            if (st.values != null) {
                for (int i = 0; i < st.values.length; i++) {
                    if (st.values[i] != null) {
                        v.visit("." + cls.sharedKeys().get(i), st.values[i]);
                    }
                }
            }
            if (st.dict != null) {
                v.visit(".__dict__", st.dict);
            }
            v.visit(".__class__", cls);
        }
        if (o instanceof ListObject l) {
            for (int i = 0; i < l.size(); i++) {
                v.visit("[" + i + "]", l.get(i));
            }
        } else if (o instanceof TupleObject t) {
            for (int i = 0; i < t.size(); i++) {
                visitIf(v, "[" + i + "]", t.get(i));
            }
        } else if (o instanceof DictObject d) {
            for (int i = 0; i < d.entrySlots(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    v.visit("key " + k.label(), k);
                    v.visit("[" + k.label() + "]", d.valueAt(i));
                }
            }
        } else if (o instanceof SetObject s) {
            for (int i = 0; i < s.slots(); i++) {
                visitIf(v, " element", s.slotKey(i));
            }
        } else if (o instanceof ClassObject c) {
            visitIf(v, ".__dict__", c.dict);
            visitIf(v, ".__mro__", c.mroTuple);
            visitIf(v, ".__bases__", c.bases);
            if (c.base instanceof ClassObject) {
                v.visit(".__base__", c.base);
            }
        } else if (o instanceof FunctionObject f) {
            visitIf(v, ".__globals__", f.globals);
            visitIf(v, ".__defaults__", f.defaults);
            visitIf(v, ".__kwdefaults__", f.kwdefaults);
            visitIf(v, ".__dict__", f.dict);
            visitIf(v, ".__closure__", f.closure);
        } else if (o instanceof CellObject c) {
            visitIf(v, ".cell_contents", c.contents);
        } else if (o instanceof MethodObject m) {
            visitIf(v, ".__func__", m.function);
            visitIf(v, ".__self__", m.self);
        } else if (o instanceof FrameObject f) {
            visitIf(v, ".f_back", f.back);
            visitIf(v, ".f_globals", f.globals);
            for (int i = 0; i < f.localCount(); i++) {
                visitIf(v, " local '" + f.localName(i) + "'", f.local(i));
            }
            for (int i = 0; i < f.stackDepth(); i++) {
                visitIf(v, " temporary #" + i, f.stackItem(i));
            }
        } else if (o instanceof GenericObject g) {
            for (int i = 0; i < g.fields.length; i++) {
                visitIf(v, "." + g.shape().fields()[i], g.fields[i]);
            }
        } else if (o instanceof ExceptionObject e) {
            for (int i = 0; i < e.fields.length; i++) {
                visitIf(v, "." + ExceptionObject.FIELD_NAMES[i], e.fields[i]);
            }
        } else if (o instanceof WeakRefObject w) {
            visitIf(v, ".__callback__", w.callback());
        }
    }

    private static void visitIf(SlotVisitor v, String slot, PyObject target) {
        if (target != null) {
            v.visit(slot, target);
        }
    }
}
