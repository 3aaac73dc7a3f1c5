# Augmented assignment: list += extends in place (temporary operand list dies after),
# tuple += builds a new tuple and the old one dies after the store; *= 0 clears.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [D(1)]
alias = lst
lst += [D(2)]
print("same list:", lst is alias, len(alias))
t = (D(3),)
t += (D(4),)
print("tuple len", len(t))
t *= 0
print("tuple emptied", t)
lst *= 0
print("list emptied", alias)
n = 10
n += 5
print(n)
s = "ab"
s += "cd"
print(s)
holder = [D(5)]
holder[0] = holder[0]
print("kept", holder[0].n)
