import weakref, gc, sys
class N:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
        self.p = P(i)
    def __del__(self): print(f"N{self.i}")
class P:
    def __init__(self, i): self.i = i
    def __del__(self): print(f"P{self.i}")
head = None
for i in range(120):
    head = N(i, head)
print("del head")
del head
print("end")
