# Uncaught NameError for a misspelt name: 3.10+ append ". Did you mean: 'counter'?" in the
# traceback (not in str(exc), printed first).
counter = 1
try:
    countr
except NameError as e:
    print("str:", e)
print(countr + 1)
