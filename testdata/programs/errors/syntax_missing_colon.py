# SyntaxError: missing colon. Nothing runs (the print on line 3 never executes); exit 1.
print("never printed")
if True
    print("x")
