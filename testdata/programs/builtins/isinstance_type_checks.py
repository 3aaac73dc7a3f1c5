# isinstance/issubclass with tuples and inheritance; type() of built-ins; bool is an int.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), issubclass(B, A), issubclass(A, B))
print(isinstance(True, int), issubclass(bool, int), isinstance(3, float))
print(type(b).__name__, type(3), type("s"), type(None).__name__, type(type))
print(type(b) is B, type(b) == A, issubclass(B, object), isinstance(A, type))
print(type(1.0).__name__, type([]).__name__, type({}).__name__, type(range(1)).__name__)
