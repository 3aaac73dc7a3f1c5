# AttributeError on an instance (3.10+ traceback suggests a close name), on a module
# and on a built-in type.
# Versions: 3.10+ append ". Did you mean: 'balance'?" to the uncaught error.
import sys
class Account:
    def __init__(self): self.balance = 0
a = Account()
for expr in (lambda: sys.nothing_here, lambda: (5).real_part, lambda: "s".no_method):
    try:
        expr()
    except AttributeError as e:
        print("AttributeError:", e)
print(a.balanse)
