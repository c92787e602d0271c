# A program imports a module next to it (sys.path[0] is the program's directory).
import _greeting

print(_greeting.GREETING)
print(_greeting.__name__, __name__)
