# A module for 518_import_sibling_forms.py: prints when it runs, which must be once.
print("  _counter runs, __name__ =", __name__)
count = 0


def bump():
    global count
    count += 1
    return count
