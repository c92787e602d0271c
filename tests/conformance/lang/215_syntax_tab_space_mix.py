# Conformance (bad input): a block indented with a tab on one line and spaces on the next gives
# "TabError: inconsistent use of tabs and spaces in indentation".
print("never printed")


def mixed(flag):
    if flag:
        a = 1
	return a
    return 0


print(mixed(True))
