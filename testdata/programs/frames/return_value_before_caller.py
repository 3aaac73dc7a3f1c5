# The return value is taken before the frame is cleared: locals die before the caller
# uses the result (before print prints it).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make():
    tmp = D("tmp")
    res = D("result")
    return res
print("made", make().n)
print("---")
def pair():
    x = D("x")
    return D("p1"), D("p2")
p1, p2 = pair()
print("unpacked")
