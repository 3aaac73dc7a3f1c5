# Comparing with a literal using `is` is a compile-time SyntaxWarning on stderr; the program
# runs normally (3.8-3.11: "is" with a literal; 3.12+: "is" with 'int' literal / 'str' literal).
x = 1000
print(x is 1000)
name = "abc"
print(name is not "abc")
print("end")
