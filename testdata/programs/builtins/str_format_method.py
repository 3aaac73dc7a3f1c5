# str.format: positional, keyword, indexing, attributes, conversions and format specs.
class P:
    x = 3
    def __repr__(self): return "P()"
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"))
print("{name}-{0}".format(7, name="n"), "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{0.x} {0!r} {0!s}".format(P()))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"))
print("{:08.3f} {:+d} {:,} {:_} {:.1%}".format(3.14159, 5, 1234567, 1234567, 0.256))
print("{:b} {:o} {:x} {:#X} {:e}".format(10, 10, 255, 255, 1500.0))
print("{{literal}} {}".format(1), "{:05d}".format(42), "{:>3}".format("s"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
