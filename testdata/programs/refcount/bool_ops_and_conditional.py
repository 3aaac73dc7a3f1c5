# `or`/`and`/conditional expressions create only the operands they evaluate;
# the unused result operand dies at once, the kept one when its holder drops it.
class D:
    def __init__(self, n, size=1):
        self.n = n
        self.size = size
        print("new", n)
    def __del__(self): print("del", self.n)
    def __len__(self): return self.size
x = D("a") or D("b")
print("or kept", x.n)
y = D("empty", 0) or D("c")
print("or kept", y.n)
z = D("d") and D("e")
print("and kept", z.n)
w = D("t") if len(x) else D("f")
print("cond kept", w.n)
print("end")
