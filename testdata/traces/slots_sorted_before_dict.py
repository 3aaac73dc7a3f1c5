class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

class S:
    __slots__ = ("zeta", "alpha", "__dict__")
    def __del__(self): print("S.__del__")
s = S(); s.zeta = D("zeta"); s.extra = D("dict attr"); s.alpha = D("alpha")
del s
print("end")
