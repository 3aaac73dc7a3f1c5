"""Weak references for heapsim: ref, proxy and the pure-Python weak containers.

Written for heapsim (not derived from CPython's source). What carries over from CPython 3.8 to
3.13 is the observable object graph: the objects each operation allocates and in which order,
what refers to what (a container's removal callback is a function whose *defaults* hold a
weakref to the container, WeakMethod's callback is a closure over two cells, finalize keeps
its state in a class-level registry), which frame locals hold what until a function returns,
and which exceptions are raised and caught internally (exceptions and tracebacks are
gc-tracked allocations and move the automatic-collection clock). So method bodies perform the
same operations as CPython's, in the same order, with the same local variables in the same
order, even where a shorter spelling would do.

Known differences from CPython (no collections.abc on heapsim's VM):
WeakValueDictionary/WeakKeyDictionary derive from a plain mixin class instead of the
MutableMapping ABC (what they inherit there -- clear(), __eq__, __reversed__ = None,
__class_getitem__ -- is defined in the mixin with the same behaviour; their metaclass is type,
not ABCMeta); WeakSet is not registered as a MutableSet. So the first isinstance() check of a
dict against Mapping in __eq__/__or__ does not fill ABC caches, and importing this module
allocates a few gc-tracked objects fewer than CPython's (3.8: 406 vs 414, 3.11: 385 vs 400).

What heapsim must provide natively (all imported at the top of this module or _weakrefset):
  _weakref.ref / ReferenceType   the weakref type; subclassable (KeyedRef, WeakMethod add
                                 __slots__ and __new__/__init__; ref.__new__(cls, obj, cb),
                                 ref.__init__, ref.__call__, ref.__eq__/__ne__/__hash__)
  _weakref.proxy, ProxyType, CallableProxyType, getweakrefcount, getweakrefs
  _weakref._remove_dead_weakref(d, key)   del d[key] only if d[key] is a dead weakref; no
                                 error when the key is missing or the ref alive; None
  _heapsim.atexit_register(f)    atexit.register(f): f runs at exit, LIFO among atexit callbacks
  _heapsim.count()               itertools.count(): an iterator yielding 0, 1, 2, ...
  types.GenericAlias (3.9+)      for __class_getitem__; importing `types` the first time is
                                 what leaves CPython's 7 start-up garbage objects (types._C)
  sys.version_info, sys.excepthook, sys.exc_info    (finalize at exit prints errors this way)
  gc.isenabled, gc.disable, gc.enable               (finalize at exit runs with gc disabled)
"""

# ---- native dependencies: everything this module needs from heapsim -------------------
from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref)

from _weakrefset import WeakSet, _IterationGuard

import sys
import gc
from _heapsim import atexit_register as _atexit_register   # atexit.register
from _heapsim import count as _count                       # itertools.count

# ---- version switch -------------------------------------------------------------------
_V = sys.version_info[:2]
if _V >= (3, 9):
    from types import GenericAlias as _GenericAlias     # for WeakValueDictionary[...] etc.
# 3.8: pending removals drained with `while list: ...`; no | operators on the dictionaries;
#      finalize.__init__ parses (*args, **kwargs) itself; WeakMethod ==/!= with a
#      non-WeakMethod answer False/True instead of NotImplemented; WeakKeyDictionary's
#      removal callback does not swallow KeyError.
_PY38 = _V < (3, 9)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# =======================================================================================
class WeakMethod(ref):
    """A weak reference to a bound method: refers weakly to both the instance (as the ref
    itself) and the function (`_func_ref`), and rebuilds the bound method when called."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        # One callback for both refs: fires the user's callback once, for whichever of
        # instance and function dies first. It reaches the WeakMethod through a weakref
        # (cell `self_wr`), so no cycle is formed.
        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    if _PY38:
        def __eq__(self, other):
            if isinstance(other, WeakMethod):
                if not self._alive or not other._alive:
                    return self is other
                return ref.__eq__(self, other) and self._func_ref == other._func_ref
            return False

        def __ne__(self, other):
            if isinstance(other, WeakMethod):
                if not self._alive or not other._alive:
                    return self is not other
                return ref.__ne__(self, other) or self._func_ref != other._func_ref
            return True
    else:
        def __eq__(self, other):
            if isinstance(other, WeakMethod):
                if not self._alive or not other._alive:
                    return self is other
                return ref.__eq__(self, other) and self._func_ref == other._func_ref
            return NotImplemented

        def __ne__(self, other):
            if isinstance(other, WeakMethod):
                if not self._alive or not other._alive:
                    return self is not other
                return ref.__ne__(self, other) or self._func_ref != other._func_ref
            return NotImplemented

    __hash__ = ref.__hash__


# =======================================================================================
class _MappingMixin:
    """What WeakValueDictionary and WeakKeyDictionary inherit in CPython from
    collections.abc.MutableMapping and its bases, which heapsim's VM does not have. Shared
    by both classes, as there: one function object each (in 3.8-3.10 a function's code object
    also caches one frame, so sharing matters for the gc-tracked allocation count)."""

    __slots__ = ()

    def clear(self):
        # popitem() until it raises KeyError (from the empty data dict)
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def __eq__(self, other):
        if not isinstance(other, _MAPPING_TYPES):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

    if not _PY38:
        __class_getitem__ = classmethod(_GenericAlias)


# =======================================================================================
class WeakValueDictionary(_MappingMixin):
    """A mapping whose values are held weakly; an entry disappears when its value dies.

    Instance attributes, in insertion order (which fixes their release order):
      _remove            the shared KeyedRef callback: a function whose defaults are
                         (ref(self), _remove_dead_weakref)
      _pending_removals  keys of dead entries queued while an iteration is running
      _iterating         set of live _IterationGuard objects
      data               dict key -> KeyedRef(value, _remove, key)
    """

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            owner = selfref()
            if owner is not None:
                if owner._iterating:
                    owner._pending_removals.append(wr.key)
                else:
                    # deletes the entry only if it still maps to a dead ref
                    _atomic_removal(owner.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    if _PY38:
        def _commit_removals(self):
            queue = self._pending_removals
            d = self.data
            while queue:
                key = queue.pop()
                _remove_dead_weakref(d, key)
    else:
        def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
            take = self._pending_removals.pop
            d = self.data
            while True:
                try:
                    key = take()
                except IndexError:
                    return
                _atomic_removal(d, key)

    # Every public operation first commits queued removals ("if pending: commit"), inline,
    # as CPython does: a helper call would add a frame and a bound method.

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        else:
            return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        else:
            o = wr()
            if o is None:
                return default
            else:
                return o

    # The iterating methods are generators: the guard is entered at the first next() and
    # left when the generator finishes or is closed. A suspended items()/values() holds the
    # value it last yielded.

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """Iterate over the KeyedRefs of the values (they may be dead when used)."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            else:
                raise KeyError(key)
        else:
            return o

    def setdefault(self, key, default=None):
        # looks up before committing removals
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        else:
            return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):
        """A list of the KeyedRefs of the values (they may be dead when used)."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    if not _PY38:
        def __ior__(self, other):
            self.update(other)
            return self

        def __or__(self, other):
            if isinstance(other, _MAPPING_TYPES):
                c = self.copy()
                c.update(other)
                return c
            return NotImplemented

        def __ror__(self, other):
            if isinstance(other, _MAPPING_TYPES):
                c = self.__class__()
                c.update(other)
                c.update(self)
                return c
            return NotImplemented


class KeyedRef(ref):
    """A weakref that also carries the dictionary key of the value it refers to, so that one
    shared callback serves every entry of a WeakValueDictionary."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# =======================================================================================
class WeakKeyDictionary(_MappingMixin):
    """A mapping whose keys are held weakly; an entry disappears when its key dies.

    Instance attributes, in insertion order:
      data               dict ref(key, _remove) -> value
      _remove            the shared callback: a function whose defaults are (ref(self),)
      _pending_removals  dead refs queued while an iteration is running
      _iterating         set of live _IterationGuard objects
      _dirty_len         True after an explicit removal, until _pending_removals is scrubbed
    """

    def __init__(self, dict=None):
        self.data = {}
        if _PY38:
            def remove(k, selfref=ref(self)):
                owner = selfref()
                if owner is not None:
                    if owner._iterating:
                        owner._pending_removals.append(k)
                    else:
                        del owner.data[k]
        else:
            def remove(k, selfref=ref(self)):
                owner = selfref()
                if owner is not None:
                    if owner._iterating:
                        owner._pending_removals.append(k)
                    else:
                        try:
                            del owner.data[k]
                        except KeyError:
                            pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    # Dead refs never compare equal to live ones, so removals need not be committed before
    # mutating; but a queued key may have been removed explicitly in the meantime.
    if _PY38:
        def _commit_removals(self):
            queue = self._pending_removals
            d = self.data
            while queue:
                try:
                    del d[queue.pop()]
                except KeyError:
                    pass
    else:
        def _commit_removals(self):
            take = self._pending_removals.pop
            d = self.data
            while True:
                try:
                    key = take()
                except IndexError:
                    return
                try:
                    del d[key]
                except KeyError:
                    pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            # queued refs whose entries were removed explicitly must not be subtracted
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys (they may be dead when used)."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, other=None, /, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    if not _PY38:
        def __ior__(self, other):
            self.update(other)
            return self

        def __or__(self, other):
            if isinstance(other, _MAPPING_TYPES):
                c = self.copy()
                c.update(other)
                return c
            return NotImplemented

        def __ror__(self, other):
            if isinstance(other, _MAPPING_TYPES):
                c = self.__class__()
                c.update(other)
                c.update(self)
                return c
            return NotImplemented


# What stands in for isinstance(x, collections.abc.Mapping) on heapsim's VM.
_MAPPING_TYPES = (dict, WeakValueDictionary, WeakKeyDictionary)


# =======================================================================================
class finalize:
    """finalize(obj, func, *args, **kwargs): a callable finalizer. The first call -- by
    hand, or as the weakref callback when obj dies -- returns func(*args, **kwargs); later
    calls return None. Finalizers still alive at exit whose `atexit` is true run then,
    newest first.

    A finalize object has no state of its own (`__slots__ = ()`): it is the key of an _Info
    record in the class-level `_registry`, and the callback of the weakref to obj that the
    _Info holds. So the registry keeps the finalizer, func, args and kwargs alive.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    if _PY38:
        def __init__(*args, **kwargs):
            # 3.8 parses its own signature: obj and func may still be given by keyword
            # (deprecated)
            if len(args) >= 3:
                self, obj, func, *args = args
            elif not args:
                raise TypeError("descriptor '__init__' of 'finalize' object "
                                "needs an argument")
            else:
                if 'func' not in kwargs:
                    raise TypeError('finalize expected at least 2 positional '
                                    'arguments, got %d' % (len(args)-1))
                func = kwargs.pop('func')
                if len(args) >= 2:
                    self, obj, *args = args
                    import warnings
                    warnings.warn("Passing 'func' as keyword argument is deprecated",
                                  DeprecationWarning, stacklevel=2)
                else:
                    if 'obj' not in kwargs:
                        raise TypeError('finalize expected at least 2 positional '
                                        'arguments, got %d' % (len(args)-1))
                    obj = kwargs.pop('obj')
                    self, *args = args
                    import warnings
                    warnings.warn("Passing 'obj' as keyword argument is deprecated",
                                  DeprecationWarning, stacklevel=2)
            args = tuple(args)

            if not self._registered_with_atexit:
                _atexit_register(self._exitfunc)
                finalize._registered_with_atexit = True
            info = self._Info()
            info.weakref = ref(obj, self)
            info.func = func
            info.args = args
            info.kwargs = kwargs or None
            info.atexit = True
            info.index = next(self._index_iter)
            self._registry[self] = info
            finalize._dirty = True
        __init__.__text_signature__ = '($self, obj, func, /, *args, **kwargs)'
    else:
        def __init__(self, obj, func, /, *args, **kwargs):
            if not self._registered_with_atexit:
                # first finalizer ever: run _exitfunc at exit (in atexit's LIFO order)
                _atexit_register(self._exitfunc)
                finalize._registered_with_atexit = True
            info = self._Info()
            info.weakref = ref(obj, self)   # self is the callback: newest-first among obj's
            info.func = func
            info.args = args
            info.kwargs = kwargs or None
            info.atexit = True
            info.index = next(self._index_iter)
            self._registry[self] = info
            finalize._dirty = True

    def __call__(self, _=None):
        """If alive, mark dead and return func(*args, **kwargs); else return None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, mark dead and return (obj, func, args, kwargs); else return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive, return (obj, func, args, kwargs); else return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is still registered."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit (False once dead)."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        else:
            return '<%s object at %#x; for %r at %#x>' % \
                (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # live finalizers marked for exit, oldest first
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        # Registered with atexit by the first finalizer. Runs the exit finalizers newest
        # first with the collector disabled, re-selecting when one of them created new
        # finalizers; afterwards no finalizer runs any more.
        reenable_gc = False
        try:
            if cls._registry:
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
