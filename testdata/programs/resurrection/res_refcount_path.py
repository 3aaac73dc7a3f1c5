# Refcount resurrection: __del__ stores self in a global, so the object survives; when it dies
# again later __del__ is not called a second time (PEP 442).
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        global saved
        print("__del__", self.name)
        saved = self

p = Phoenix("p")
del p
print("resurrected:", saved.name)
saved = None
print("second death: no __del__")
q = Phoenix("q")
q = None
print("resurrected:", saved.name)
saved = 0
print("end")
