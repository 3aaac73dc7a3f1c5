class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __del__(self):
        print("del Countdown")


it = iter(Countdown(3))
print(next(it), next(it))
print(list(it))
print(next(it, "done"))
it = None
for v in Countdown(2):
    print("v", v)
print("end")
