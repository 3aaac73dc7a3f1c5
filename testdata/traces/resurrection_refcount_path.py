saved = []
class R:
    def __del__(self):
        print("__del__")
        saved.append(self)
r = R()
del r
print("resurrected")
saved.clear()
print("end")
