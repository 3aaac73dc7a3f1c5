import sys
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def add(self, child):
        self.children.append(child)
        return child
    def __del__(self):
        print(f"Node {self.name} deleted")
root = Node("root")
print("root refs:", sys.getrefcount(root) - 1)
alias = root
print("with alias:", sys.getrefcount(root) - 1)
child = root.add(Node("child"))
print("child refs:", sys.getrefcount(child) - 1)
del alias
print("alias removed:", sys.getrefcount(root) - 1)
del child
print("child name still reachable:", root.children[0].name)
root = None
print("done")
