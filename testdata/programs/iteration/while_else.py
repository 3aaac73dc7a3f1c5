# while/else and continue; objects created per iteration die on rebinding.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
i = 0
cur = None
while i < 4:
    i += 1
    if i == 2:
        continue
    cur = D(i)
    print("made", i)
else:
    print("while else, i =", i)
while True:
    cur = D("last")
    break
else:
    print("not printed")
print("end")
