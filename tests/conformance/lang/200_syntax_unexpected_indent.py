# Conformance (bad input): a line indented more than the block it belongs to gives
# "IndentationError: unexpected indent" before anything runs.
print("never printed")

total = 0
for i in range(3):
    total += i
        print("over-indented line")
print(total)
# end of program
