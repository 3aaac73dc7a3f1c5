# A chain of 20 nodes stays below every trashcan limit: freed strictly head first,
# each node's __del__ before its successor's. Same on all versions.
class N:
    def __init__(self, i, nxt): self.i = i; self.nxt = nxt
    def __del__(self): print("del", self.i)
head = None
for i in range(20):
    head = N(i, head)
del head
print("end")
