# printf-style % formatting.
# Versions: "%d" % str says "a number is required" on 3.8/3.9, "a real number is required" 3.10+.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f %8.3f %-8.1f| %e %g %g" % (3.14159, 2.5, 1.25, 12345.678, 0.0001, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c %%" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % ([1, 2],), "%s" % (None,), "%5s|%-5s|" % ("ab", "cd"))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
