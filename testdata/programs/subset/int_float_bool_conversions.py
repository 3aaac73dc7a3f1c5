print(int("42"), int(3.9), int(-3.9), int("ff", 16), int(True), float("1.5"), float(2), bool(0), bool([1]))
print(2 ** 100, -7 // 2, -7 % 2, 7 / 2, 17 // 5, 17 % 5)
print(1e16, 1.0e-5, 0.1 + 0.2, 1 / 3, float("inf"), -0.0, 3.0 * 2, 10 ** -2)
print(str(12), repr("q'uote"), repr('d"q'), hash(1) == hash(1.0), 7 == 7.0, True + True)
try:
    int("x1")
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
