# A script without any Python function: nothing references the main dict, so it is freed
# directly at exit in insertion order (key then value; list items last first). __del__ is the
# builtin print bound as a classmethod, which prints the class.
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
print("end")
