# Conformance (bad input): two expressions side by side in a list display give
# "SyntaxError: invalid syntax. Perhaps you forgot a comma?" with carets spanning both.
print("never printed")
colours = [
    "red",
    "green"  # adjacent strings concatenate: not an error
    "blue",
]
sizes = [1, 2 3]
print(colours, sizes)
