# Displays built from temporaries: a discarded list dies last->first, a discarded
# tuple last->first, a discarded dict display in entry order (key, value).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return 0
[D(1), D(2), D(3)]
print("---")
(D(4), D(5), D(6))
print("---")
{D("k1"): D("v1"), D("k2"): D("v2")}
print("---")
len([D(7), [D(8), D(9)]])
print("end")
