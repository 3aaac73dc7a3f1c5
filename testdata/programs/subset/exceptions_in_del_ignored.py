# An exception raised in __del__ is reported as "Exception ignored in" and the program goes on.
class Bad:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)
        raise ValueError("from __del__ %d" % self.n)


b = Bad(1)
b = None
print("still running")
xs = [Bad(2), Bad(3)]
del xs
print("end")
