# SyntaxError for an unterminated string literal; the message differs (3.10+ "unterminated
# string literal (detected at line 4)", 3.8/3.9 "EOL while scanning string literal").
print("never printed")
s = "open
