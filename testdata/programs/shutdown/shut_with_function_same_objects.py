# The shut_no_functions objects, plus one def: now the main dict is referenced by a function,
# so the globals die in the final collection instead (3.11 creation order, others breadth first).
class A: __del__ = classmethod(print)
class B: __del__ = classmethod(print)
class K1: __del__ = classmethod(print)
class K2: __del__ = classmethod(print)
class V1: __del__ = classmethod(print)
class Late: __del__ = classmethod(print)
early = [Late()]
a = A()
lst = [K1(), K2()]
d = {V1(): B()}
lst2 = early
del early
def unused():
    pass
print("end")
