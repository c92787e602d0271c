# title: A forgotten await, fixed
# topic: Coroutines and tasks
# level: beginner
# summary: The same program with the await added. Now main() waits at each save(): the body
#   runs, the task is suspended during the database call while the event loop waits, and the
#   orders are saved one after the other, half a second each. No warning.
# title.ko: 잊어버린 await 고치기
# summary.ko: 같은 프로그램에 await를 추가했습니다. 이제 main()은 save()마다 기다립니다. 본문이
#   실행되고, 데이터베이스 호출 동안 태스크는 일시 중지되며 이벤트 루프가 기다리고, 주문은
#   하나씩 0.5초씩 걸려 저장됩니다. 경고는 나오지 않습니다.
# title.ja: await の書き忘れを直す
# summary.ja: 同じプログラムに await を加えました。
#   main() は save() のたびに待ちます。本体が実行され、データベース呼び出しの間タスクはサスペンドされてイベントループが待ち、注文は一件ずつ 0.5 秒かけて保存されます。
#   警告は出ません。
# twin: 01_forgotten_await.py
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
        await save(order_id)  # FIX: run save() to the end before going on
    print(f"{now()} main: all orders saved")


asyncio.run(main())
