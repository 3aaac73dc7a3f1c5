# Nested calls: the inner call's result is an argument of the outer call.
# Versions: 3.11+ a, b, ab, c (each call frees its args); 3.8-3.10 b, a, c, ab (caller stack, last first).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def wrap(x, tag):
    return D(x.n + tag.n)
r = wrap(wrap(D("a"), D("b")), D("c"))
print("result", r.n)
