# T04: `except E as e` deletes e at the end of the handler, freeing the exception; using e
# afterwards is a NameError (3.10+ traceback adds ". Did you mean: 'E'?").
class E(Exception):
    def __del__(self): print("E freed")
try:
    raise E("boom")
except E as e:
    print("handling", e)
print("after handler")
print(e)
