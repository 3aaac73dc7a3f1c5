# Generates the freelist_units probes: KIND_N.py makes 300 objects of KIND in a chain after
# a script with N small functions was compiled (the compiler frees containers per code object).
# Outputs: freelist_units.out (per version, per kind, for N = 0 1 2 3 5 10 20 40).
# writes one probe per (kind, n): n functions after the measurement, chain allocation
kinds = {"list": "[x]", "dict": "{'k': x}", "t1": "(x,)", "t2": "(x, 0)", "t3": "(x, 0, 0)", "t4": "(x, 0, 0, 0)", "t5": "(x, 0, 0, 0, 0)", "t6": "(x, 0, 0, 0, 0, 0)"}
for k, e in kinds.items():
    for n in (0, 1, 2, 3, 5, 10, 20, 40):
        funcs = "".join(f"def f{i}():\n    return {i}\n" for i in range(n))
        open(f"{k}_{n}.py", "w").write(f"import gc\ngc.disable()\nx = None\na = gc.get_count()[0]\nfor i in range(300): x = {e}\nprint(300 - (gc.get_count()[0] - a))\n{funcs}")
