# loopstep: no-trace
# The ThreadBot cutlery example ("Using Asyncio in Python", the threaded
# version of seed 004's CoroBot), with a time.sleep(0) between the read and the
# write of the shared counts: it lets the other runnable threads run right
# there, as a GIL switch may, so the lost updates show on every run. Then the
# fix: the same switch point inside a threading.Lock, and the counts add up.
import queue
import threading
import time
from dataclasses import dataclass

kitchen_lock = None


@dataclass
class Cutlery:
    knives: int = 0
    forks: int = 0

    def give(self, to, knives=0, forks=0):
        self.change(-knives, -forks)
        to.change(knives, forks)

    def change(self, knives, forks):
        if kitchen_lock is None:
            self._change(knives, forks)
        else:
            with kitchen_lock:
                self._change(knives, forks)

    def _change(self, knives, forks):
        k, f = self.knives, self.forks
        time.sleep(0)
        self.knives, self.forks = k + knives, f + forks


class ThreadBot(threading.Thread):
    def __init__(self):
        super().__init__(target=self.manage_table)
        self.cutlery = Cutlery(knives=0, forks=0)
        self.tasks = queue.Queue()

    def manage_table(self):
        while True:
            task = self.tasks.get()
            if task == 'prepare table':
                kitchen.give(to=self.cutlery, knives=4, forks=4)
            elif task == 'clear table':
                self.cutlery.give(to=kitchen, knives=4, forks=4)
            elif task == 'shutdown':
                return


def service(tables):
    bots = [ThreadBot() for i in range(10)]
    for bot in bots:
        for i in range(tables):
            bot.tasks.put('prepare table')
            bot.tasks.put('clear table')
        bot.tasks.put('shutdown')
    for bot in bots:
        bot.start()
    for bot in bots:
        bot.join()
    return bots


kitchen = Cutlery(knives=100, forks=100)
print('Kitchen inventory before service:', kitchen)
bots = service(20)
print('Kitchen inventory after service:', kitchen)
print('Bots still holding:', sum(b.cutlery.knives for b in bots))

kitchen = Cutlery(knives=100, forks=100)
kitchen_lock = threading.Lock()
bots = service(20)
print('With a lock:', kitchen, sum(b.cutlery.knives for b in bots))
