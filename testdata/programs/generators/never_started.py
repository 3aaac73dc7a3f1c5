# A generator that never started: dropping it just releases its frame (the argument);
# the body, including `finally`, never runs.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen(arg):
    try:
        print("body started")
        yield arg.n
    finally:
        print("finally")
g = gen(D("arg"))
print("created")
del g
print("end")
