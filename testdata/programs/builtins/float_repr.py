# Float repr is the shortest round-tripping form; arithmetic rounding artefacts.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 10 / 4, 10 // 4, 10.0 // 4)
print(1e16, 1e15, 123456789.0, 1.5e-7, 0.0001, 1e-5, -0.0, 2.0 ** 0.5)
print(float("inf"), -float("inf"), float("nan"), 1e308 * 10, 2.675 * 100, 0.5 + 0.25)
print(3.0, 3.10, 100.0 / 3, 7 % 2.5, -7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(repr(1.1), str(1.1), 1.1 * 3, 3.14159 * 1000 // 1 / 1000, 1234.5 // 100 * 100)
print(int(3.99), int(-3.99), float(7), 5 / 1, 1e3 == 1000, 0.1 * 3)
