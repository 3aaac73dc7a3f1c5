a = 256
b = 256
print(a is b)
c = 257
d = 257
print(c is d, c == d)
def make(n):
    return n + 1
print(make(255) is make(255), make(1000) is make(1000))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2, s1 == s2)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2, t1 == t2)
l1 = [1, 2]
l2 = [1, 2]
print(l1 is l2, l1 == l2)
x = None
print(x is None, x == None, type(x).__name__)
print(id(l1) == id(l1), id(l1) == id(l2))
