# heapsim's _weakrefset: WeakSet and the iteration guard shared with weakref.py.
#
# Written for heapsim (not derived from CPython's source). What carries over from CPython is
# the observable object graph: which objects each operation allocates, in which order, what
# references what, which frame locals hold what until a function returns, and which
# exceptions are raised and caught on the way (each of those is a gc-tracked allocation, so
# they move the automatic-collection clock). Method bodies are therefore kept to the same
# operations as CPython's, even where a shorter spelling would do; the comments say why.
#
# Dependencies (all here): _weakref.ref (the weakref type), sys.version_info and, on 3.9+,
# types.GenericAlias (for WeakSet[...]; importing `types` is also what leaves CPython 3.9+'s
# start-up garbage after `import weakref`).

from _weakref import ref
import sys
if sys.version_info >= (3, 9):
    from types import GenericAlias

# ---- version switch -------------------------------------------------------------------
# 3.8: pending removals are drained with `while list: list.pop()`.
# 3.9+: drained through a bound `pop` until IndexError.
# 3.8-3.10: __reduce__ uses the instance __dict__; 3.11+ object.__getstate__().
_DRAIN_UNTIL_INDEXERROR = sys.version_info >= (3, 9)
_HAS_GETSTATE = sys.version_info >= (3, 11)
_HAS_CLASS_GETITEM = sys.version_info >= (3, 9)
del sys

__all__ = ['WeakSet']


class _IterationGuard:
    """Context manager held by every running iteration over a weak container.

    While at least one guard is registered in the container's `_iterating` set, the
    container's removal callback only queues dead refs in `_pending_removals`; the last
    guard to leave commits them. The guard refers to the container weakly (through the
    container's basic ref, the same object as the `selfref` default of its callback)."""

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        container = self.weakcontainer()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        container = self.weakcontainer()
        if container is not None:
            guards = container._iterating
            guards.remove(self)
            if not guards:
                container._commit_removals()


class WeakSet:
    # Instance layout (attribute insertion order matters for release order at death):
    #   data               set of ref(item, _remove)
    #   _remove            function with defaults (selfref,) -- no closure cell
    #   _pending_removals  list of dead refs queued while iterating
    #   _iterating         set of live _IterationGuard objects

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                if owner._iterating:
                    owner._pending_removals.append(item)
                else:
                    owner.data.discard(item)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    if _DRAIN_UNTIL_INDEXERROR:
        def _commit_removals(self):
            take = self._pending_removals.pop
            discard = self.data.discard
            while True:
                try:
                    item = take()
                except IndexError:
                    return
                discard(item)
    else:
        def _commit_removals(self):
            queue = self._pending_removals
            discard = self.data.discard
            while queue:
                discard(queue.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    # the suspended generator keeps `item` alive until resumed or closed
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    if _HAS_GETSTATE:
        def __reduce__(self):
            return self.__class__, (list(self),), self.__getstate__()
    else:
        def __reduce__(self):
            return (self.__class__, (list(self),),
                    getattr(self, '__dict__', None))

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    if _HAS_CLASS_GETITEM:
        __class_getitem__ = classmethod(GenericAlias)
