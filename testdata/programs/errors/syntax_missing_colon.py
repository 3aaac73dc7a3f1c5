# SyntaxError: missing colon. Nothing runs (the print on line 3 never executes); exit 1.
# Versions: 3.8/3.9 "invalid syntax" (caret position differs), 3.10+ "expected ':'".
print("never printed")
if True
    print("x")
