# IndentationError (a SyntaxError subclass): unexpected indent; nothing runs; exit 1.
# Versions: only 3.8 prints a caret line under the offending statement.
print("never printed")
x = 1
    y = 2
