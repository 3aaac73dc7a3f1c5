import sys
ks = list(sys.modules)
want = ["sys", "builtins", "gc", "_weakref", "__main__", "weakref", "_weakrefset", "types", "itertools", "atexit"]
print([k for k in ks if k in want])
import weakref
ks = list(sys.modules)
print([k for k in ks if k in want])
