# repr of built-in containers and nested quoting; list/tuple/dict/set constructors.
print([1, "a", 2.0, None, (1,), [], {}], (), (1,), {"k": [1, 2]}, {1, 2})
print(repr("it's"), repr('say "hi"'), repr("tab\tnl\n\\"), repr(b"bytes\x00"), [b"x"])
print(list("abc"), tuple([1, 2]), dict(a=1, b=2), dict([("x", 1)]), set([3, 3, 1]))
print(list({"b": 1, "a": 2}), dict(zip("ab", [1, 2])), frozenset([2, 1]), set())
print(str([1, "2"]), repr({"a": "b"}), list(range(3)), [[]] * 2, [0] * 3)
