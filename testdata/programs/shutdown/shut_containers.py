# Objects reachable only through globals' containers, attributes, class attributes and closures
# all get their __del__ at exit; order from the final collection (differs 3.11 vs others).
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

class Holder:
    cls_attr = C("class attribute")

def make():
    cell = C("closure cell")
    def inner():
        return cell
    return inner

d = {"k": C("dict value")}
h = Holder()
h.attr = C("instance attribute")
fn = make()
t = (C("tuple item"),)
print("end")
