import weakref, gc, sys
class N:
    def __init__(self, i): self.i = i
    def __del__(self): print(f"N{self.i}")
l = []
for i in range(200):
    l = [N(i), l]
print("del l")
del l
print("end")
