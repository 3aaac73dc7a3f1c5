# The limit on decimal conversions of huge ints (4300 digits; CVE-2020-10735, in every version
# installed here): str(), repr(), f-strings, %d and int(str) raise ValueError, hex() does not.
n = 10 ** 4299
print(len(str(n)), len(str(-n)))
m = n * 10
for f in (lambda: str(m), lambda: repr(-m), lambda: f"{m}", lambda: f"{m:,}", lambda: "%d" % m, lambda: int("1" * 4301),
          lambda: int("-" + "1_1" * 1500), lambda: format(m, "d"), lambda: len(hex(m)), lambda: int("1" * 5000, 16) > 0,
          lambda: str([m]), lambda: len(str(n + 1))):
    try:
        print("ok", f())
    except ValueError as e:
        print("ValueError", e)
print(m)
