// The calendar and the text of loopstep's virtual clock: the `time` module functions that turn
// seconds into dates and dates into text, exactly as CPython 3.11 on Debian (glibc) prints them
// with TZ=UTC in the C locale. The clock itself lives in the interpreter; it starts at
// kTimeStart for time.time() and at 0.0 for time.monotonic() and time.perf_counter(). Nothing
// here reads a real clock, the process's time zone or its locale: the calendar is computed with
// our own days-from-civil arithmetic, so a scenario prints the same dates on every machine.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace loopstep::py {

// time.time() at the start of every run: 2023-11-14 22:13:20 UTC, a Tuesday.
inline constexpr double kTimeStart = 1700000000.0;

// time.struct_time as Python code sees it: tm_mon 1..12, tm_wday 0..6 with Monday 0, tm_yday
// 1..366. Fields are Python ints (a struct built by the program may hold anything); tm_zone and
// tm_gmtoff are None for a struct_time built from a 9-tuple and for plain tuples.
struct StructTime {
    std::int64_t tm_year = 1970;
    std::int64_t tm_mon = 1;
    std::int64_t tm_mday = 1;
    std::int64_t tm_hour = 0;
    std::int64_t tm_min = 0;
    std::int64_t tm_sec = 0;
    std::int64_t tm_wday = 3;
    std::int64_t tm_yday = 1;
    std::int64_t tm_isdst = 0;
    std::optional<std::string> tm_zone;
    std::optional<std::int64_t> tm_gmtoff;

    bool operator==(const StructTime&) const = default;
};

// ---- calendar arithmetic (proleptic Gregorian, any int64 year) ----

// Days from 1970-01-01 to year-month-day; month 1..12, day 1..31.
std::int64_t days_from_civil(std::int64_t year, int month, int day);
struct CivilDate {
    std::int64_t year;
    int month; // 1..12
    int day;   // 1..31
};
CivilDate civil_from_days(std::int64_t days);

// Seconds since the epoch of a UTC date and time. Every field may be out of its range and is
// carried over as mktime does (month 13 is January of the next year, second -1 the last second
// of the previous minute).
std::int64_t timegm(std::int64_t year, std::int64_t month, std::int64_t mday, std::int64_t hour,
                    std::int64_t minute, std::int64_t second);

// ---- time module functions ----

// CPython's message when a timestamp does not fit a C time_t: for a float argument this
// function raises it, for an int argument beyond int64 the binding raises it.
inline constexpr const char* kTimestampOverflow = "timestamp out of range for platform time_t";

// time.gmtime(secs): tm_zone "GMT", tm_gmtoff 0 (what glibc reports). A float is floored.
// ValueError "Invalid value NaN (not a number)"; OverflowError kTimestampOverflow outside
// int64; OSError [Errno 75] "Value too large for defined data type" when the year does not fit
// glibc's int tm_year.
StructTime gmtime(std::int64_t secs);
StructTime gmtime(double secs);
// time.localtime(secs) with TZ=UTC: as gmtime but tm_zone "UTC".
StructTime localtime(std::int64_t secs);
StructTime localtime(double secs);

// time.mktime(t) with TZ=UTC: the fields are normalized like timegm; glibc, finding no daylight
// time in UTC, answers a tm_isdst > 0 request one hour earlier. tm_wday and tm_yday are ignored.
// OverflowError "signed integer is greater than maximum" / "... less than minimum" for a field
// beyond a C int, "year out of range", "mktime argument out of range".
double mktime(const StructTime& t);

// time.strftime(format, t): glibc's strftime in the C locale, with its GNU flags (_ - 0 ^ #),
// field widths and E/O modifiers; an unknown directive is copied as written. CPython's checks
// come first: ValueError "month out of range", "day of month out of range", "hour out of range",
// "minute out of range", "seconds out of range", "day of week out of range", "day of year out
// of range", "embedded null character"; zero month, day and year-day count as their first
// value. Format and result are UTF-8.
std::string strftime(std::string_view format, const StructTime& t);

// time.asctime(t), e.g. "Tue Nov 14 22:13:20 2023" (the day is padded with a space), with the
// same range checks as strftime.
std::string asctime(const StructTime& t);
// time.ctime(secs) == asctime(localtime(secs)).
std::string ctime(std::int64_t secs);
std::string ctime(double secs);

// repr(struct_time): "time.struct_time(tm_year=2023, tm_mon=11, ..., tm_isdst=0)" (the zone
// fields are not shown).
std::string struct_time_repr(const StructTime& t);

} // namespace loopstep::py
