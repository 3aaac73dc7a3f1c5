class P:
    def __init__(self, i): self.i = i
    def __del__(self): print("P%d" % self.i)
class N:
    def __init__(self, i, nxt): self.nxt = nxt; self.p = P(i); self.i = i
    def __del__(self): print("N%d" % self.i)
head = None
for i in range(120):
    head = N(i, head)
del i
del head
print("end")
