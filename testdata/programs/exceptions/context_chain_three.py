# A chain of three exceptions linked by __context__; the outermost handler frees them all,
# outermost first.
class E(Exception):
    def __del__(self): print("del", self.args[0])
try:
    try:
        try:
            raise E("first")
        except E:
            raise E("second")
    except E:
        raise E("third") from None
except E as e:
    print(e, "<-", e.__context__, "<-", e.__context__.__context__, e.__suppress_context__)
print("end")
