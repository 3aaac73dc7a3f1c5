# ZeroDivisionError messages for int and float division, floor division and modulo.
# Versions: int % 0 says "integer modulo by zero" on 3.11+; float // 0 "float divmod()" on 3.8;
# float % 0 "float modulo by zero" on 3.13.
for c in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.5 // 0.0,
          lambda: 2.0 % 0, lambda: 0 ** -1):
    try:
        c()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
def ratio(a, b):
    return a / b
print(ratio(10, 0))
