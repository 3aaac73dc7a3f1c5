class N:
    def __init__(self, i): self.i = i
    def __del__(self): print("N%d" % self.i)
l = []
for i in range(200):
    l = [N(i), l]
del i
del l
print("end")
