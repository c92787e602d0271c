# Conformance (bad input): a dedent to a column that matches no outer block gives
# "IndentationError: unindent does not match any outer indentation level".
print("never printed")


def f():
        x = 1
        if x:
            return x
      return 0


print(f())
