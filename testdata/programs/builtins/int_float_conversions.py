# int()/float()/str() conversions and the messages of their errors.
# Versions: int(None) says "a number" on 3.8/3.9, "a real number" on 3.10+.
print(int("42"), int(" -7 "), int("ff", 16), int("0b101", 0), int("1_000"), int(True))
print(float("3.5"), float(" 1e3 "), float("-inf"), str(12), str(1.0), str(-0.5))
for bad in ("x1", "1.5", ""):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(bool("False"), int(2.9e3), float(2 ** 53 + 1))
