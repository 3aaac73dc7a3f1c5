counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def broken():
    print(total)
    total = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
