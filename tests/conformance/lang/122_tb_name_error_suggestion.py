# Conformance: an uncaught NameError for a misspelt name: 3.11 appends "Did you mean: '...'?" in the
# traceback (but not in str(exc)), carets are omitted when they would span the whole line.
def total_price(items):
    subtotal = sum(items)
    try:
        return subtotl * 1.2
    except NameError as exc:
        print("str(exc) has no suggestion:", exc)
    shipping = 5
    return subtotal + shiping


print(total_price([10, 20]))
