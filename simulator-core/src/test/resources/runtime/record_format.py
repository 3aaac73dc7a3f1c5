"""Records CPython's format() results used by FormatSpecTest: kind, value, spec, result (or 'ValueError: ...').
    python3.11 record_format.py > format-3.11.tsv      (never edit the .tsv by hand)
"""
ints = [0, 1, -1, 7, 42, -42, 255, 1000, 1234567, -1234567, 10**20]
int_specs = ["", "d", "5", "<5", "^7", "*>8", "+d", " d", "05", "+06", "x", "X", "#x", "#o", "#b", "b", ",", "_", "_x",
             "010,", "c", "e", ".2f", "%", "g", "n", ".3", "=+8", "08_b", "#010x"]
floats = [0.0, -0.0, 1.0, 1.5, 2.5, -2.25, 0.1, 1/3, 2/3, 1e16, 123456.789, 1e-5, 0.000123, 1234567.891, 100.0,
          -0.0004, 1e300, 3.14159, 0.5, 9.995, float("inf"), float("-inf"), float("nan")]
float_specs = ["", ".2f", "f", ".0f", "10.3f", "<10.2f", "e", ".3e", "E", "g", ".3g", "G", ".10g", "%", ".1%", ",.2f",
               "_f", "+.1f", " .1f", "010.2f", ".3", ".1", "#.0f", "#g", "z.1f", ".0e", "#.3g", "15", "d", ".2s"]
strs = ["", "abc", "héllo", "a long string"]
str_specs = ["", "s", "5", ">5", "^6", "*^7", ".2", "10.3", "=5", "+", "d", ",", "#"]

def emit(kind, values, specs):
    for v in values:
        for s in specs:
            try:
                r = format(v, s)
            except (ValueError, TypeError, OverflowError) as e:
                r = type(e).__name__ + ": " + str(e)
            print(kind, repr(v) if kind != "float" else v.hex(), s, r, sep="\t")

emit("int", ints, int_specs)
emit("float", floats, float_specs)
emit("str", strs, str_specs)
