# f-strings: expressions, !r/!s, format specs, nested specs, = specifier not used.
class V:
    def __repr__(self): return "V-repr"
    def __str__(self): return "V-str"
v = V()
name = "world"
width = 8
pi = 3.14159265
print(f"hello {name}!", f"{v}", f"{v!r}", f"{v!s}", f"{name!r}")
print(f"{pi:.3f}|{pi:{width}.2f}|{42:>{width}}|{'x':*<5}")
print(f"{1 + 2} {[i * i for i in range(3)]} {'yes' if pi > 3 else 'no'}")
print(f"{{braces}} {len(name):03d} {255:#x} {0.5:%} {1e6:,.1f}")
print(f"{'nested ' + f'{name.upper()}'}")
