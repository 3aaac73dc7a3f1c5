# __len__, __getitem__, __setitem__, __contains__, __iter__/__next__, __call__ used by builtins.
class Seq:
    def __init__(self, n): self.data = list(range(n))
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.data[i] = v
    def __contains__(self, x):
        print("contains", x)
        return x in self.data
    def __call__(self, *a): return sum(a)
s = Seq(3)
print(len(s), s[1], bool(s))
s[0] = 10
print(2 in s, 7 not in s)
print(s(1, 2, 3), callable(s))
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(OldIter()), 4 in OldIter())
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(3)))
