# title: A forgotten await
# topic: Coroutines and tasks
# level: beginner
# summary: main() calls the coroutine function save() but never awaits it. Calling it only
#   creates a coroutine object: nothing inside save() runs, no order is saved, and main()
#   carries on at once. When the unused coroutine is thrown away, Python warns
#   "coroutine 'save' was never awaited", once per line of code.
# title.ko: 잊어버린 await
# summary.ko: main()이 코루틴 함수 save()를 호출하지만 await 하지 않습니다. 호출은 코루틴 객체를
#   만들 뿐이라 save()의 본문은 실행되지 않고, 주문은 하나도 저장되지 않으며, main()은 곧바로
#   다음으로 넘어갑니다. 쓰이지 않은 코루틴이 버려질 때 파이썬은 "coroutine 'save' was never
#   awaited" 경고를 코드 한 줄에 한 번 출력합니다.
# title.ja: await の書き忘れ
# summary.ja: main() はコルーチン関数 save() を呼び出しますが、await していません。
#   呼び出してもコルーチンオブジェクトが作られるだけなので、save() の本体は実行されず、注文は一件も保存されず、main() はすぐに先へ進みます。
#   使われなかったコルーチンが捨てられると、Python は "coroutine 'save' was never awaited" という警告を、コードの一行につき一度だけ出します。
# twin: 01_forgotten_await_fixed.py
import asyncio
import time

START = time.monotonic()  # the event loop's clock is time.monotonic()


def now():
    return f"{time.monotonic() - START:.1f}"


async def save(order_id):
    print(f"{now()} saving order {order_id}")
    await asyncio.sleep(0.5)  # pretend to talk to the database
    print(f"{now()} order {order_id} saved")


async def main():
    for order_id in (101, 102):
        save(order_id)  # BUG: no await, so save() never runs
    print(f"{now()} main: all orders saved?")


asyncio.run(main())
