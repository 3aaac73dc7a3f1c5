# sys.exit() inside a function: SystemExit is handled before shutdown, so the function's
# locals die before the globals. SystemExit can be caught like any exception.
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
def f():
    loc = D("local of f")
    sys.exit(0)
g = D("global")
f()
