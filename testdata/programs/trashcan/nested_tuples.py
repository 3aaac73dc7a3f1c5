# A 200-deep chain of tuples (N(i), inner): a tuple releases the inner tuple before its N, so
# without deferral deaths go deepest first (3.13: 0..199); 3.8-3.12 show trashcan runs
# 151..199 150 102..149 ... like nested lists.
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
t = ()
for i in range(200):
    t = (N(i), t)
del t
print(len(out), runs(out))
