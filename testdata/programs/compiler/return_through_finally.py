# return, break and continue leave try/finally, with and except blocks: each finally body and
# __exit__ runs on the way out, and the returned temporary outlives them.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class M:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0] is None); return False
def f():
    try:
        with M(1):
            return D("ret")
    finally:
        print("finally f")
r = f()
print("got", r.n)
del r
def g():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    print("after loop")
g()
def h():
    try:
        raise KeyError("k")
    except KeyError as e:
        return D("from handler")
    finally:
        print("finally h")
x = h()
print("x", x.n)
x = None
def nested():
    for a in [D("it")]:
        with M(2) as m:
            try:
                return D("deep")
            finally:
                print("inner finally")
print(nested().n)
print("end")
