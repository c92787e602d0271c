# Conformance (virtual time): time.ctime(), time.localtime(), time.strftime() read the virtual clock
# (UTC, starting 2023-11-14 22:13:20) and follow time.sleep.
import time

print(time.ctime())
lt = time.localtime()
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, lt.tm_wday, lt.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S"))
print(time.strftime("%A %d %B %Y, %I:%M %p"), time.strftime("%a %b %j %y %%"))
time.sleep(3600 + 46 * 60 + 40)
print("after sleeping to midnight:", time.ctime())
print(time.strftime("%Y-%m-%d %H:%M:%S", time.localtime()))
print(time.ctime(0), time.ctime(1700000000.0))
print(time.strftime("%H:%M", time.localtime(1700000000.0 + 90)))
stamp = time.localtime()
print(tuple(stamp)[:6], stamp.tm_isdst)
print(time.strftime("%d/%m/%Y", time.gmtime()))
