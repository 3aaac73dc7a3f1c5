# IndentationError (a SyntaxError subclass): unexpected indent; nothing runs; exit 1.
print("never printed")
x = 1
    y = 2
