import sys
class Guard:
    def __init__(self, name): self.name = name
    def __del__(self): print("guard released", self.name)
g = Guard("global")
def main():
    local = Guard("local")
    try:
        print("exiting")
        sys.exit(3)
    finally:
        print("finally runs")
main()
print("never printed")
