# `global` in a function rebinds the module name; del of a global from a function.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
g = D("g0")
def replace(n):
    global g
    g = D(n)
    print("replaced with", n)
def drop():
    global g
    del g
    print("dropped")
replace("g1")
replace("g2")
drop()
print("g" in globals())
replace("g3")
print("end")
