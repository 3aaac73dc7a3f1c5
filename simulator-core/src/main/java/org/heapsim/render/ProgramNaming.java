package org.heapsim.render;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.Slots;

/**
 * Explanations in a program's words: {@code global 'cheese' (for-loop variable, line 14)}
 * rather than {@code name 'cheese'}, {@code local 'c' of make()} rather than a frame's slot
 * under the running-frames root, and instances labelled with their simple attributes
 * ({@code Cheese#36 (kind='hehe')}).
 */
public final class ProgramNaming extends Explanations.Naming {
    private final Map<String, String> globalNotes;
    private final Function<FrameObject, String> frameTitle;
    private final BiFunction<FrameObject, String, String> localNote;
    private final Map<PyObject, PyObject> dictOwners = new java.util.IdentityHashMap<>();

    /**
     * @param globalNotes what each global name is, when the program says so ("for-loop variable, line 14")
     * @param frameTitle  how a running frame is called ("make()", "the module"), or null for its code name
     * @param localNote   what a frame's local is ("parameter"), or null
     */
    public ProgramNaming(Map<String, String> globalNotes, Function<FrameObject, String> frameTitle,
                         BiFunction<FrameObject, String, String> localNote) {
        this.globalNotes = Map.copyOf(globalNotes);
        this.frameTitle = frameTitle;
        this.localNote = localNote;
    }

    @Override
    public String global(String keyLabel) {
        String name = unquote(keyLabel);
        String note = globalNotes.get(name);
        return "global '" + name + "'" + (note == null ? "" : " (" + note + ")");
    }

    @Override
    public String root(Root root) {
        return switch (root.label()) {
            case "thread (running frames)" -> "the running frames";
            case "code constants" -> "a constant of the program's code";
            default -> "the interpreter's " + root.label();
        };
    }

    @Override
    public boolean shows(Root root, PyObject holder, String slot, PyObject next) {
        if (root != null) {
            return !(next instanceof FrameObject);
        }
        return !(slot.equals(".__dict__") && holder.instanceState() != null && next != null && dictOwners.get(next) == holder);
    }

    /**
     * Tells this naming which dicts are instances' {@code __dict__}s (3.8-3.10 store every
     * attribute there), so that their entries read as attributes: {@code Node#7.other}.
     */
    public ProgramNaming withInstanceDicts(Iterable<PyObject> objects) {
        for (PyObject o : objects) {
            PyObject d = instanceDict(o);
            if (d != null) {
                dictOwners.put(d, o);
            }
        }
        return this;
    }

    /** The instance's {@code __dict__} object, if it has one. */
    public static PyObject instanceDict(PyObject o) {
        if (o.instanceState() == null) {
            return null;
        }
        PyObject[] d = new PyObject[1];
        Slots.forEach(o, (slot, t) -> {
            if (slot.equals(".__dict__")) {
                d[0] = t;
            }
        });
        return d[0];
    }

    @Override
    public String slot(PyObject holder, String slot) {
        if (holder instanceof FrameObject f) {
            String title = title(f);
            if (slot.startsWith(" local '")) {
                String name = slot.substring(" local '".length(), slot.length() - 1);
                String note = localNote == null ? null : localNote.apply(f, name);
                return "local '" + name + "' of " + title + (note == null ? "" : " (" + note + ")");
            }
            if (slot.startsWith(" temporary")) {
                return "a temporary on the evaluation stack of " + title;
            }
            return title + slot;
        }
        PyObject owner = dictOwners.get(holder);
        if (owner != null && slot.startsWith("['") && slot.endsWith("']")) {
            return owner.label() + "." + slot.substring(2, slot.length() - 2);
        }
        if (slot.startsWith("key ")) {
            return object(holder) + " (as a key)";
        }
        return holder.label() + slot;
    }

    @Override
    public String object(PyObject o) {
        return describe(o);
    }

    private String title(FrameObject f) {
        String t = frameTitle == null ? null : frameTitle.apply(f);
        if (t != null) {
            return t;
        }
        return f.name().equals("<module>") ? "the module" : f.name() + "()";
    }

    private static String unquote(String label) {
        return label.length() >= 2 && label.startsWith("'") && label.endsWith("'") ? label.substring(1, label.length() - 1) : label;
    }

    /**
     * The object's label ({@code KeyedRef#45} for a weak reference, without its referent),
     * followed for an instance by up to three of its attributes whose
     * values are str, int, float, bool or None: {@code Cheese#36 (kind='hehe')}.
     */
    public static String describe(PyObject o) {
        // a weak reference's own label names its referent: here it is named like any instance
        String label = o instanceof org.heapsim.weak.WeakRefObject ? o.typeName() + "#" + o.serial() : o.label();
        if (o.isFreed() || o.instanceState() == null) {
            return label;
        }
        StringBuilder attrs = new StringBuilder();
        int[] n = {0};
        Slots.SlotVisitor attr = (slot, t) -> {
            if (n[0] < 3 && slot.startsWith(".") && !slot.startsWith(".__") && t instanceof AtomObject a) {
                String v = a.label();
                if (v.length() > 24) {
                    v = v.substring(0, 20) + "...";
                }
                attrs.append(n[0]++ == 0 ? "" : ", ").append(slot.substring(1)).append('=').append(v);
            }
        };
        Slots.forEach(o, attr);
        PyObject dict = instanceDict(o);
        if (dict != null) {
            Slots.forEach(dict, (slot, t) -> {
                if (slot.startsWith("['") && slot.endsWith("']")) {
                    attr.visit("." + slot.substring(2, slot.length() - 2), t);
                }
            });
        }
        return n[0] == 0 ? label : label + " (" + attrs + ")";
    }
}
