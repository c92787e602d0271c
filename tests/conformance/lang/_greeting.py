GREETING = "hello from a module"
