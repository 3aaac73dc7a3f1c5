# A generator's frame holds its arguments and locals while suspended; they die when the
# generator is exhausted or dropped, whichever comes first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def take(items, k):
    count = 0
    for it in items:
        if count == k:
            return
        count += 1
        yield it.n
src = [D(1), D(2), D(3)]
g = take(src, 2)
del src
print(next(g))
print("suspended: list alive through generator")
print(next(g))
print("exhausting")
print(list(g))
print("exhausted")
