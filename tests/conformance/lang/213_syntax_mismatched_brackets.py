# Conformance (bad input): a closing bracket of the wrong kind gives "SyntaxError: closing
# parenthesis ']' does not match opening parenthesis '('".
print("never printed")
matrix = [[1, 2], [3, 4]]


def first(rows):
    return (rows[0][0]]


print(first(matrix))
