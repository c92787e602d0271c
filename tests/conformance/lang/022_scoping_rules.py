# Conformance: LEGB name resolution, class bodies are not enclosing scopes, builtins can be shadowed.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
class K:
    y = 5
    def method(self):
        try:
            return y
        except NameError as exc:
            return "NameError: " + str(exc)
print(K().method(), K.y)
class Z:
    base = 10
    doubled = base * 2
    try:
        listed = [base + i for i in range(2)]
    except NameError as exc:
        listed = "NameError: " + str(exc)
print(Z.doubled, Z.listed)
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
def loop_var_leaks():
    for i in range(3):
        pass
    return i
print(loop_var_leaks())
def comp_var_does_not_leak():
    j = "before"
    _ = [j for j in range(3)]
    return j
print(comp_var_does_not_leak())
def except_name_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as exc:
        return "UnboundLocalError: " + str(exc)
print(except_name_cleared())
