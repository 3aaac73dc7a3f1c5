# *args and **kwargs: the tuple and dict built for the call die when the call ends.
class A:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return "A(%s)" % self.tag

    def __del__(self):
        print("del", self.tag)


def show(first, *rest, sep="-", **named):
    print(first, rest, sep, sorted(named))
    return len(rest) + len(named)


args = [A("p1"), A("p2")]
opts = {"x": A("k1"), "y": A("k2")}
print(show(A("t0"), *args, sep="+", **opts))
print("after call")
print(show(*[A("only")]))
args = None
opts = None
print("end")
