# try/except/else/finally ordering, including finally after return and return in finally
# swallowing an exception.
def f(kind):
    try:
        print("try", kind)
        if kind == "raise":
            raise KeyError(kind)
        if kind == "return":
            return "returned from try"
    except KeyError as e:
        print("except", repr(e))
        return "returned from except"
    else:
        print("else")
    finally:
        print("finally", kind)
    return "fell through"
for k in ("ok", "raise", "return"):
    print("->", f(k))
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
