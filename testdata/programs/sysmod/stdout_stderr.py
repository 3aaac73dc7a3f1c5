# sys.stdout.write returns the number of characters written; print(file=sys.stderr) and
# sys.stderr.write go to stderr; __del__ at exit can still write to both.
import sys

class C:
    def __del__(self):
        sys.stdout.write("__del__ to stdout\n")
        sys.stderr.write("__del__ to stderr\n")

n = sys.stdout.write("written\n")
print("returned", n)
print("to stderr", 1, 2, sep="-", file=sys.stderr)
sys.stderr.write("direct stderr\n")
print("no newline", end="|")
print("continued")
c = C()
print("end")
