# gc.get_referrers for simple cases: which of a few known containers refer to an object
# (tested by identity, so the answer does not depend on other objects in the heap).
import gc

class T:
    pass

target = T()
holder = [target]
other = [1, 2]
pair = (target, 1)
box = T()
box.item = target
refs = gc.get_referrers(target)
print("holder:", any(r is holder for r in refs))
print("other:", any(r is other for r in refs))
print("pair:", any(r is pair for r in refs))
print("module globals:", any(r is globals() for r in refs))
print("class referred by instance:", any(r is target for r in gc.get_referrers(T)))
