# __init__ raising: the half-built instance still gets __del__, when the handler that caught
# the exception finishes (the traceback held the __init__ frame with self).
class C:
    def __init__(self, fail):
        self.ok = False
        if fail: raise ValueError("init failed")
        self.ok = True
    def __del__(self): print("__del__ ok =", self.ok)
try:
    c = C(True)
except ValueError as e:
    print("handler:", e)
print("after try")
C(False)
print("end")
