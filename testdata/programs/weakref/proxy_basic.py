# weakref.proxy forwards attribute reads, writes and method calls; the same basic proxy is
# reused; after the referent dies any use raises ReferenceError.
import weakref

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self.balance
    def __del__(self):
        print("__del__", self.owner)

acct = Account("ann")
p = weakref.proxy(acct)
print(p.owner, p.deposit(10), p.deposit(5))
p.balance = 100
print(acct.balance, weakref.proxy(acct) is p, weakref.getweakrefcount(acct))
del acct
for what in ("read", "write", "str"):
    try:
        if what == "read":
            p.owner
        elif what == "write":
            p.balance = 1
        else:
            str(p)
    except ReferenceError as e:
        print(what, "-> ReferenceError:", e)
print("end")
