class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def close(self):
        print("close", self.name)
    def __del__(self):
        print("del", self.name)
def work(fail):
    r = Resource("r%d" % fail)
    try:
        if fail:
            raise ValueError("failed with %d" % fail)
        return "ok"
    except ValueError as e:
        print("caught:", e)
        return "handled"
    finally:
        r.close()
print(work(0))
print(work(1))
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        raise ValueError("bad divisor") from e
try:
    divide(1, 0)
except ValueError as e:
    print(type(e.__cause__).__name__, e)
print("end")
