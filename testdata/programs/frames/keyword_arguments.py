# Keyword arguments: 3.11+ release in parameter order with the callee frame;
# 3.8-3.10 pop the caller stack after return: last written keyword first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(a, b, c):
    return a.n + b.n + c.n
print(f(c=D("c"), a=D("a"), b=D("b")))
print("---")
print(f(D("A"), c=D("C"), b=D("B")))
