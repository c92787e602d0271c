# Conformance: the __name__ == "__main__" idiom runs the main block; module-level order of execution.
print("module top, __name__ =", __name__)


def helper():
    return "helper called"


class App:
    def run(self):
        print("App.run:", helper())
        return 0


def main():
    print("main starts")
    status = App().run()
    print("main returns", status)


if __name__ == "__main__":
    main()
else:
    print("imported, not run")

if __name__ != "__main__":
    print("never printed")
print("module bottom")
