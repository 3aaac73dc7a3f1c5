# str/repr/args of exceptions with zero, one and several args; custom __str__; isinstance
# of built-in exception hierarchy.
class MyErr(ValueError):
    def __str__(self): return "custom message"
for exc in (Exception(), Exception("one"), Exception("a", 2), KeyError("k"), MyErr("x")):
    print(repr(str(exc)), repr(exc), exc.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      isinstance(MyErr(), ValueError), issubclass(StopIteration, Exception))
try:
    raise MyErr
except ValueError as e:
    print(type(e).__name__, e)
