# When temporaries die inside expressions: chained comparisons keep the middle operand,
# and/or keep the deciding value, conditional expressions, f-strings and subscripts.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __lt__(self, other): print("lt", self.n, other.n); return True
    def __bool__(self): print("bool", self.n); return self.n != "falsy"
    def __format__(self, spec): return "D<" + self.n + spec + ">"
print("chain:", D("a") < D("b") < D("c"))
print("and:", (D("falsy") and D("never")) is not None)
print("or:", (D("first") or D("never")).n)
print("ifexp:", D("yes").n if D("cond") else "no")
print(f"fmt {D('x')!s:>3} {D('y'):spec}"[:5])
print("sub:", [D("i0"), D("i1")][1].n)
print("not:", not D("falsy"))
v = 2 ** 100
w = 2 ** 100
print("folded constants identical:", v is w)
s = "hello world"
t = "hello world"
print("equal str constants identical:", s is t)
print(-(-5), ~7, 7 // -2, -7 % 3, 1 / 4, "ab" * 3, (1, 2) + (3,))
print("end")
