# print with sep, end, file=sys.stderr; empty print; non-string arguments.
import sys
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued", end="!\n")
print()
print(1, 2.5, None, True, [1, "x"], sep=", ", end=".\n")
print("to stderr", 42, file=sys.stderr)
print("x", "y", sep="")
print(*[1, 2, 3])
sys.stdout.write("written directly\n")
print("err2", file=sys.stderr, end="|\n")
