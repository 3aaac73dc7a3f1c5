# Calling an instance with __call__ on a temporary: 3.11+ del callable, 1, 2;
# 3.8-3.10 del 2, 1, callable.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class CallMe(D):
    def __call__(self, a, b):
        print("called", self.n, a.n, b.n)
        return 0
CallMe("callable")(D(1), D(2))
print("---")
c = CallMe("kept")
print(c(D(3), D(4)))
print("end")
