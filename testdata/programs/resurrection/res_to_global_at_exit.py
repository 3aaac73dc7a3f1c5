# An object resurrected into a global by __del__ is still finalized only once: at interpreter
# exit it is freed silently, while other globals' __del__ run.
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        global ghost
        print("__del__", self.n)
        if self.n == "ghost":
            ghost = self

x = R("ghost")
del x
print("ghost is back:", ghost.n)
y = R("y")
print("end of script")
