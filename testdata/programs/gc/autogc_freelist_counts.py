# gc.get_count()[0] and the free lists: containers taken from a free list do not move the
# count, subclass instances and list()/dict() calls always do, a full collection empties the
# free lists and gc.collect(0) does not. Deltas are printed, so the start-up count does not matter.
import gc

gc.disable()
count = gc.get_count


class L(list):
    pass


class D(dict):
    pass


def delta(label, before):
    print(label, count()[0] - before)


x = 1
keep = []
b = count()[0]
keep.append([x])
keep.append({x: x})
keep.append((x, x))
delta("a list, a dict, a tuple from the start-up free lists:", b)
b = count()[0]
keep.append(L())
keep.append(D())
delta("a list subclass and a dict subclass:", b)
b = count()[0]
keep.append(list())
keep.append(dict())
delta("list() and dict():", b)
b = count()[0]
keep = None
delta("dropping them all:", b)
b = count()[0]
keep = [[x], [x], {x: x}, {x: x}]
delta("two lists and two dicts again:", b)
keep = None
gc.collect(0)
b = count()[0]
keep = [[x], [x], {x: x}, {x: x}]
delta("after gc.collect(0):", b)
keep = None
gc.collect()
b = count()[0]
keep = [[x], [x], {x: x}, {x: x}]
delta("after gc.collect():", b)
keep = None
b = count()[0]
keep = [[x], [x], {x: x}, {x: x}]
delta("and once more:", b)
