# Conformance (bad input): a SyntaxError on a tab-indented line: the line prints without its
# tab and the range of carets sits under the offending tokens (CPython's own printer).
print("never printed")
if True:
	print(1 2)
