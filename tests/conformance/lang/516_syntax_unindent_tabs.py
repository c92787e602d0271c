# Conformance (bad input): "unindent does not match any outer indentation level" on a line
# indented with tabs and spaces: one caret, clipped to the end of the stripped line.
print("never printed")
for x in range(3):
	if x:
	    pass
	  else:
		pass
