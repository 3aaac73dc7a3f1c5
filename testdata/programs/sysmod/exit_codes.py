# SystemExit is an exception: finally blocks run, it can be caught and inspected (code), and a
# re-raised sys.exit(7) sets the status; __del__ of a local runs when the handler ends.
import sys

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def f():
    loc = C("local")
    try:
        sys.exit(5)
    finally:
        print("finally runs")

try:
    f()
except SystemExit as e:
    print("caught SystemExit, code", e.code)
print("after handler")
try:
    sys.exit()
except SystemExit as e:
    print("code of sys.exit():", e.code)
g = C("global")
sys.exit(7)
