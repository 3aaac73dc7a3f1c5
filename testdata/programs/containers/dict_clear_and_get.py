# clear() releases entries in order, key then value; get() default temporaries die at once.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return 3
    def __eq__(self, o): return self is o
d = {D("k1"): D("v1"), D("k2"): D("v2"), "s": D("vs")}
print(d.get("zz", D("default")).n)
print("---")
alias = d
d.clear()
print("cleared", len(alias))
