# Benchmark: classes, methods and attributes (a small particle simulation).
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        if self.x < 0 or self.x > 100:
            self.v = -self.v


class World:
    def __init__(self, n):
        self.particles = [Particle(i % 100, (i % 7) - 3) for i in range(n)]

    def run(self, steps):
        for _ in range(steps):
            for p in self.particles:
                p.step(0.5)
        return sum(p.x for p in self.particles)


print(round(World(500).run(400), 3))
