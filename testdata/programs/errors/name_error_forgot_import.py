# Using a stdlib module name without importing it: 3.12+ add ". Did you forget to import 'sys'?"
print("start")
sys.exit(0)
