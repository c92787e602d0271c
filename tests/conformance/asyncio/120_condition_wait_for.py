# Condition.wait_for(predicate) re-checks the predicate on every wake-up and
# returns its value once true.
import asyncio


async def waiter(cond, state, need):
    async with cond:
        got = await cond.wait_for(lambda: state["n"] >= need)
        print(f"waiter for {need} done, n={state['n']}, predicate returned {got}")


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    tasks = [asyncio.create_task(waiter(cond, state, k)) for k in (3, 1, 2)]
    for _ in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
