# Conformance (bad input): a class with no indented body: IndentationError shows a single
# caret even though the error spans the whole first token of the next line.
print("never printed")
class Empty:
pass
