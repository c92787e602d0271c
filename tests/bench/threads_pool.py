# Benchmark: a thread pool (4 workers, 20 000 small jobs through concurrent.futures).
from concurrent.futures import ThreadPoolExecutor


def job(n):
    return sum(i * i for i in range(n % 50))


with ThreadPoolExecutor(max_workers=4) as pool:
    print(sum(pool.map(job, range(20_000))))
