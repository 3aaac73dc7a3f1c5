def f(a, b=1, *, c):
    return a
def g(x):
    return x
class K:
    def m(self):
        return 1
tests = [
    lambda: g(),
    lambda: g(1, 2),
    lambda: g(1, y=2),
    lambda: f(1),
    lambda: f(1, 2, 3, c=4),
    lambda: K().m(1),
    lambda: K.m(),
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + (),
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: int("x12"),
    lambda: float("abc"),
    lambda: {[]: 1},
    lambda: hash([]),
    lambda: None.attr,
    lambda: (5).real.nope,
    lambda: len(5),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: 5(),
    lambda: "abc".nope,
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: [1, 2].index(3),
    lambda: "x" * "y",
    lambda: -"x",
    lambda: max([]),
    lambda: tuple(1),
    lambda: dict(1),
    lambda: list.append(),
    lambda: isinstance(1, 2),
    lambda: getattr(K(), "zz"),
    lambda: setattr(1, "x", 2),
    lambda: object().__dict__,
    lambda: abs("s"),
    lambda: sum(["a"]),
    lambda: sorted([1, "a"]),
    lambda: 1 < "a",
]
i = 0
for t in tests:
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
    i += 1
