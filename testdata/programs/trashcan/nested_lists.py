# A 200-deep nested list [N(i), inner]: list deallocation nests too; the trashcan defers the deep
# part, so 3.8-3.12 print runs 151..199 150 102..149 ...; 3.13 (stack based) frees 0..199 in order.
class N:
    def __init__(self, i): self.i = i
    def __del__(self): out.append(self.i)
def runs(seq):
    res = []
    start = prev = seq[0]
    step = 0
    for v in seq[1:]:
        d = v - prev
        if d in (1, -1) and (step == 0 or d == step):
            step = d
            prev = v
            continue
        res.append("%d..%d" % (start, prev) if start != prev else str(start))
        start = prev = v
        step = 0
    res.append("%d..%d" % (start, prev) if start != prev else str(start))
    return " ".join(res)
out = []
l = []
for i in range(200):
    l = [N(i), l]
del l
print(len(out), runs(out))
