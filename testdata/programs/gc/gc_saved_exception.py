# Saving a caught exception in a local makes a cycle exception -> traceback -> frame -> local;
# the function's locals wait for gc.collect() (5: exception, its args, traceback, frame, local).
import gc

class Local:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def fails():
    x = Local("local of fails")
    try:
        raise ValueError("boom")
    except ValueError as e:
        err = e
    return "returned"

def clean():
    x = Local("local of clean")
    try:
        raise ValueError("boom")
    except ValueError as e:
        msg = str(e)
    return msg

gc.collect()
print(clean())
print(fails())
print("before collect")
print("collected:", gc.collect())
