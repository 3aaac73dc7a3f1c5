# break: the iterator (and a temporary container it holds) dies when the loop is left;
# the loop variable keeps its item. for/else: else runs only without break.
class L(list):
    def __del__(self): print("list freed")
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
for v in L([D(0), D(1), D(2)]):
    if v.n == 1:
        print("breaking at", v.n)
        break
else:
    print("not printed")
print("after break, v =", v.n)
for w in L([D("a")]):
    pass
else:
    print("else clause, w =", w.n)
print("end")
