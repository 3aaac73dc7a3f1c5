"""Records CPython's hash() and repr(float) values used by HashesTest and FloatReprTest.

Run with PYTHONHASHSEED=0 on 3.10 (SipHash-2-4) and 3.11 (SipHash-1-3):
    for v in 3.10 3.11; do PYTHONHASHSEED=0 python$v record_vectors.py > vectors-$v.tsv; done
Never edit the .tsv files by hand.
"""
import sys

strs = ["", "a", "abc", "apple", "banana", "hello world", "exactly8", "seventeen chars!!",
        "é", "€x", "日本語テキスト", "\U0001F600 emoji", "x" * 100, "__init__", "Cheese", "Red Leicester"]
for s in strs:
    print("str", " ".join("%x" % ord(c) for c in s) or "-", hash(s), sep="\t")
for b in [b"", b"abc", b"\x00\xff" * 9]:
    print("bytes", b.hex() or "-", hash(b), sep="\t")
for t in [(), (1,), (1, 2), (1, "a"), ((1, 2), 3), (None,) if False else (True, False)]:
    print("tuple", " ".join(str(hash(x)) for x in t) or "-", hash(t), sep="\t")
floats = [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.00012345, 1.7976931348623157e308, 5e-324, 2.5e-310, 3.141592653589793, 100.0,
          1e22, 9007199254740993.0, -1e-7, 12345.678, float("inf"), float("-inf")]
for f in floats:
    print("float", f.hex(), repr(f), hash(f), sep="\t")
