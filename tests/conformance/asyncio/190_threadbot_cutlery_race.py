# loopstep: nondeterministic
# loopstep: no-trace
# The ThreadBot counterpart of seed 004's CoroBot ("Using Asyncio in Python",
# cutlery example): ten threads share one kitchen without a lock, so the
# read-modify-write in change() races and the final inventory drifts from
# 100/100. A collections.deque stands in for queue.Queue (every task is queued
# before the threads start). Not an expected-output test: check properties
# (the "before" line; the "after" line has the same format).
import threading
from collections import deque
from dataclasses import dataclass


@dataclass
class Cutlery:
    knives: int = 0
    forks: int = 0

    def give(self, to, knives=0, forks=0):
        self.change(-knives, -forks)
        to.change(knives, forks)

    def change(self, knives, forks):
        # count() is a Python call between the read and the write: CPython
        # 3.11 only switches threads at such points, so this is where it races.
        self.knives = count(self.knives, knives)
        self.forks = count(self.forks, forks)


def count(current, delta):
    return current + delta


class ThreadBot(threading.Thread):
    def __init__(self):
        super().__init__(target=self.manage_table)
        self.cutlery = Cutlery(knives=0, forks=0)
        self.tasks = deque()

    def manage_table(self):
        while True:
            task = self.tasks.popleft()
            if task == 'prepare table':
                kitchen.give(to=self.cutlery, knives=4, forks=4)
            elif task == 'clear table':
                self.cutlery.give(to=kitchen, knives=4, forks=4)
            elif task == 'shutdown':
                return


kitchen = Cutlery(knives=100, forks=100)
bots = [ThreadBot() for i in range(10)]

for bot in bots:
    for i in range(100000):
        bot.tasks.append('prepare table')
        bot.tasks.append('clear table')
    bot.tasks.append('shutdown')

print('Kitchen inventory before service:', kitchen)
for bot in bots:
    bot.start()
for bot in bots:
    bot.join()
print('Kitchen inventory after service:', kitchen)
