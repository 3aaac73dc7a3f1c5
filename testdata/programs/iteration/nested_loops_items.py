# Nested loops over temporary lists: inner lists die at the end of each inner loop
# (except the item the inner loop variable still holds).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
for i in range(2):
    for o in [D("%d-a" % i), D("%d-b" % i)]:
        print("visit", o.n)
    print("inner loop done", i)
print("end")
