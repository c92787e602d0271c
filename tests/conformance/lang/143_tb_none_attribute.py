# Conformance: the common "'NoneType' object has no attribute" error in a method chain, with the
# carets under the failing attribute access, raised two calls deep.
def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user
    return None


def email_domain(users, name):
    user = find_user(users, name)
    return user.get("email").split("@")[1].lower()


users = [{"name": "ann", "email": "Ann@Example.ORG"}, {"name": "bo", "email": None}]
print(email_domain(users, "ann"))
try:
    email_domain(users, "bo")
except AttributeError as exc:
    print("caught:", exc)
print(email_domain(users, "cy"))
