# A list comprehension over a temporary list: the list dies at exhaustion (its items except
# the last, which the loop variable holds), then the loop variable's last value.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
res = [o.n for o in [D(1), D(2), D(3)]]
print(res)
print("---")
kept = [o for o in [D("a"), D("b")] if o.n == "a"]
print([o.n for o in kept])
kept = None
print("end")
