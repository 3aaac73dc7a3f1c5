# Nested containers die depth first: a dict of lists of tuples.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
data = {
    "x": [D("x0"), (D("x1a"), D("x1b"))],
    "y": {"inner": D("y-inner"), "list": [D("y0"), D("y1")]},
}
data["x"].append(data["y"]["list"])
print("built")
del data["y"]
print("y entry gone (its list is still shared)")
data = None
print("end")
