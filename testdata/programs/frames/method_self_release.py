# Method call on a temporary: 3.11+ self is parameter 0 and dies first with the frame;
# 3.8-3.10 release the args last first, then self.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def meth(self, a, b):
        return self.n
print("method on temp")
print(D("self").meth(D(1), D(2)))
print("method on name")
obj = D("obj")
obj.meth(D(3), D(4))
print("end")
