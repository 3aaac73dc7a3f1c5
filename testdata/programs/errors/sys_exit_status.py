# sys.exit(3): exit status 3, no traceback; finally blocks run and globals die at exit.
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
g = D("global")
try:
    print("exiting")
    sys.exit(3)
finally:
    print("finally runs")
print("not printed")
