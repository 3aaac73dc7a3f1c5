# sys.exit("message"): the message goes to stderr and the status is 1.
import sys
def main():
    local = "x"
    print("main running")
    sys.exit("fatal: something went wrong")
main()
