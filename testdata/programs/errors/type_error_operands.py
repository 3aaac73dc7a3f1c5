# TypeError for unsupported operand types of binary and unary operators and comparisons.
cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] - [1], lambda: {} * 2, lambda: -"x",
         lambda: None < 1, lambda: "a" * "b", lambda: 1 % None, lambda: [] < ()]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
x = 3 + None
