# Exception subclass death: __del__, then __dict__, args, traceback, cause, context.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class E(Exception):
    def __del__(self): print("E.__del__", self.args[0].n)
e = E(D("arg"))
e.extra = D("attr")
e.__cause__ = E(D("cause"))
e.__context__ = E(D("context"))
del e
print("end")
