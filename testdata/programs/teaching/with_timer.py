class Managed:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
    def __del__(self):
        print("del", self.label)
with Managed("a") as m:
    print("inside", m.label)
with Managed("b"), Managed("c"):
    print("two managers")
with Managed("d"):
    {}["missing"]
print("KeyError suppressed")
try:
    with Managed("e"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("propagated", e)
print("end")
