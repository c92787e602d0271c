# Seed 004 (3.7 async for, In [5]): the classic synchronous iterator class A,
# the model that __aiter__/__anext__ follow.
class A:
    def __iter__(self):
        self.x = 0
        return self
    def __next__(self):
        if self.x > 2:
            raise StopIteration
        else:
            self.x += 1
            return self.x

for i in A():
    print(i)
