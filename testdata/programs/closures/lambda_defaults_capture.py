# Lambdas capturing loop variables late-bind through one shared cell; a default argument
# freezes the value per lambda. The defaults die with each lambda.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def build():
    late = []
    early = []
    for i in range(3):
        obj = D(i)
        late.append(lambda: obj.n)
        early.append(lambda o=obj: o.n)
    return late, early
late, early = build()
print([f() for f in late], [f() for f in early])
late = None
print("late dropped")
early.pop(0)
print("first early dropped")
early = None
print("end")
