package org.heapsim.property;

import java.util.List;
import org.heapsim.heap.CellObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.InstanceObject;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.SetObject;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;

/**
 * One action on the heap, as data: slots name the program's variables, so a step means the
 * same thing whatever objects exist (a step that does not apply does nothing), and a list of
 * steps replays identically.
 */
sealed interface TraversalStep {
    void apply(TraversalModel m);

    enum Kind { LIST, DICT, SET, PLAIN, WITH_DEL, SLOTTED, CELL, TUPLE }

    /** slot = new object of kind (a tuple takes the objects in the other slots). */
    record Allocate(int slot, Kind kind) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            Heap h = m.heap;
            PyObject o = switch (kind) {
                case LIST -> h.newList();
                case DICT -> h.newDict();
                case SET -> h.newSet(false);
                case PLAIN -> h.newInstance(m.plain);
                case WITH_DEL -> h.newInstance(m.withDel);
                case SLOTTED -> h.newInstance(m.slotted);
                case CELL -> h.newCell(null);
                case TUPLE -> h.newTuple(others(m, slot));
            };
            m.track(o);
            m.bind(slot, o);
            h.decref(o);
        }

        private static List<PyObject> others(TraversalModel m, int slot) {
            java.util.ArrayList<PyObject> items = new java.util.ArrayList<>();
            for (int i = 0; i < TraversalModel.SLOTS; i++) {
                if (i != slot && m.slots[i] != null) {
                    items.add(m.slots[i]);
                }
            }
            return items;
        }
    }

    record Rebind(int to, int from) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            if (m.slots[from] != null) {
                m.bind(to, m.slots[from]);
            }
        }
    }

    record Unbind(int slot) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            m.unbind(slot);
        }
    }

    /** holder refers to target: list append, dict value, set element, attribute, slot, cell. */
    record Link(int holder, int target, int how) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            PyObject h = m.slots[holder];
            PyObject t = m.slots[target];
            if (h == null || t == null) {
                return;
            }
            Heap heap = m.heap;
            if (h instanceof ListObject l) {
                if (how % 2 == 0 || l.size() == 0) {
                    heap.listAppend(l, t);
                } else {
                    heap.listSet(l, how % l.size(), t);
                }
            } else if (h instanceof DictObject d) {
                PyObject key = heap.newInt(how % 3);
                heap.setItem(d, key, t);
                heap.decref(key);
            } else if (h instanceof SetObject s) {
                if (t instanceof InstanceObject || t instanceof SetObject && t != s) {
                    heap.setAdd(s, t);
                }
            } else if (h instanceof CellObject c) {
                heap.cellSet(c, t);
            } else if (h instanceof InstanceObject) {
                String attr = h.type() == m.slotted ? (how % 2 == 0 ? "a" : "b") : "x" + (how % 3);
                heap.setAttr(h, attr, t);
            }
        }
    }

    /** Drops references the holder holds: list slice, dict entry, set element, attribute, cell. */
    record Unlink(int holder, int how) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            PyObject h = m.slots[holder];
            if (h == null) {
                return;
            }
            Heap heap = m.heap;
            if (h instanceof ListObject l && l.size() > 0) {
                int from = how % l.size();
                heap.listDeleteSlice(l, from, l.size());
            } else if (h instanceof DictObject d) {
                PyObject key = heap.newInt(how % 3);
                heap.delItem(d, key);
                heap.decref(key);
            } else if (h instanceof SetObject s) {
                for (int i = 0; i < s.slots(); i++) {
                    if (s.slotKey(i) != null) {
                        heap.setDiscard(s, s.slotKey(i));
                        break;
                    }
                }
            } else if (h instanceof CellObject c) {
                heap.cellSet(c, null);
            } else if (h instanceof InstanceObject) {
                String attr = h.type() == m.slotted ? (how % 2 == 0 ? "a" : "b") : "x" + (how % 3);
                heap.delAttr(h, attr);
            }
        }
    }

    /** A weak reference to slot's object, with or without callback, kept in keepIn (or dropped at once). */
    record Weak(int slot, boolean withCallback, int keepIn) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            PyObject t = m.slots[slot];
            if (t == null || !t.isWeakReferenceable()) {
                return;
            }
            WeakRefObject w = WeakRefs.newRef(m.heap, t, withCallback ? m.callback : null, m.heap.weakTypes().ref());
            if (!m.created.contains(w)) {
                m.track(w);
                m.referentOf.put(w, t);
            }
            if (keepIn >= 0) {
                m.bind(keepIn, w);
            }
            m.heap.decref(w);
        }
    }

    /** The WithDel object in slot resurrects itself the first time its __del__ runs. */
    record Resurrector(int slot) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            PyObject t = m.slots[slot];
            if (t != null && t.type() == m.withDel && !t.isFinalized()) {
                m.resurrectors.add(t);
            }
        }
    }

    /** Lets go of everything resurrected so far. */
    record ReleaseResurrected() implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            for (PyObject o : m.resurrected.held().toArray(new PyObject[0])) {
                m.heap.release(m.resurrected, o);
            }
        }
    }

    record Collect(int generation) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            m.resurrectionHappened = false;
            m.heap.gc().collect(generation);
            // frozen objects (the permanent generation) are never examined, so they and what they hold may survive
            m.lastFullCollectClean = generation == 2 && !m.resurrectionHappened && m.heap.gc().freezeCount() == 0;
        }
    }

    record Enable(boolean on) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            m.heap.gc().setEnabled(on);
        }
    }

    record Threshold(int t0) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            m.heap.gc().setThresholds(t0);
        }
    }

    record Freeze(boolean freeze) implements TraversalStep {
        @Override
        public void apply(TraversalModel m) {
            if (freeze) {
                m.heap.gc().freeze();
            } else {
                m.heap.gc().unfreeze();
            }
        }
    }
}
