# Private slot names are mangled (__a in K -> _K__a) and sorted by the mangled name:
# 'Z' < '_K__a' < '_c' < 'b'.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class K:
    __slots__ = ("b", "__a", "_c", "Z")
    def __init__(self):
        self.b = D("b")
        self.__a = D("__a")
        self._c = D("_c")
        self.Z = D("Z")
print([n for n in ("Z", "_K__a", "_c", "b") if hasattr(K, n)])
k = K()
del k
print("end")
