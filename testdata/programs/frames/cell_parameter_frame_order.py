# A captured parameter is a cell in its parameter slot; other captured locals are cells
# released after plain locals (alphabetical). The inner function keeps its cells alive.
# Versions: 3.11+ q, plain, p, aa, zz (args in the frame); 3.8-3.10 plain, aa, zz, then q, p from the caller stack.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def outer(p, q):
    zz = D("zz-cell")
    plain = D("plain")
    aa = D("aa-cell")
    def inner():
        return p.n + zz.n + aa.n
    print("inner:", inner())
    return None
outer(D("p"), D("q"))
print("---")
def keeper(p):
    w = D("w-cell")
    return lambda: p.n + w.n
fn = keeper(D("kept-p"))
print("closure alive:", fn())
fn = None
print("end")
