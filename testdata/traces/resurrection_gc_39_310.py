import gc
gc.disable()
saved = []
class R:
    def __del__(self):
        print("__del__ called")
        saved.append(self)
r = R(); r.me = r
del r
gc.collect()
print("resurrected")
saved.clear()
gc.collect()
print("end")
