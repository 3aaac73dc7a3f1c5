# A closure created in a method captures self: the instance lives as long as the closure.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def callback(self):
        def cb():
            return "callback of " + self.n
        return cb
cb = D("owner").callback()
print("instance only reachable from closure")
print(cb())
cb = None
print("end")
