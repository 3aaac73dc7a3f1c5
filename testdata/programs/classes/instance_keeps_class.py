# An instance keeps its class alive after the class name is deleted; the class (always in
# a cycle) only goes in a collection, after the last instance. Class attributes die then.
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class C:
    tag = D("class attr")
    def __del__(self): print("instance del")
inst = C()
del C
print("class name deleted, attr:", type(inst).tag.n)
del inst
print("instance gone, class pending")
gc.collect()
print("end")
