# T06: who owns call arguments. 3.11+: moved into the callee frame, die with it in parameter
# order (arg1, arg2, local). 3.8-3.10: the caller's stack keeps them: local, arg2, arg1.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(a, b):
    loc = D("local")
    return "ret"
print(f(D("arg1"), D("arg2")))
print(len([D("x"), D("y")]))
