# except clauses: matching order, tuples of types, bare except, re-raise, else and finally,
# the implicit del of the name, and exceptions raised inside handlers.
class E(Exception):
    def __del__(self): print("del", self.args[0])
def run(kind):
    try:
        if kind == 1:
            raise E("one")
        if kind == 2:
            raise KeyError("two")
        if kind == 3:
            raise ValueError("three")
        print("no exception")
    except E as e:
        print("E", e)
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__)
    except:
        print("bare")
    else:
        print("else")
    finally:
        print("finally", kind)
for k in range(4):
    run(k)
def reraise():
    try:
        raise E("inner")
    except E:
        print("handling, then re-raising")
        raise
try:
    reraise()
except E as outer:
    print("caught again", outer)
print("after")
def in_handler():
    try:
        raise E("first")
    except E as a:
        try:
            raise E("second")
        except E as b:
            print("ctx", b.__context__ is a)
    print("both gone?")
in_handler()
print("end")
