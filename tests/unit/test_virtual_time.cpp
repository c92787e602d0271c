// The time module's calendar and text against CPython 3.11 on Debian with TZ=UTC
// (stdlib_cases.inc): gmtime/localtime over ±3000 years and at the limits of glibc's int year,
// mktime with unnormalized fields, strftime for every letter with every GNU flag, width and
// modifier on dates chosen for their edges (ISO weeks, leap days, years < 1000 and < 0), the
// range errors, asctime and ctime, and repr(struct_time).
#include "core/py/lib/virtual_time.h"

#include "case_parsing.h"
#define STDLIB_CASES_TIME
#include "stdlib_cases.inc"

#include <catch2/catch.hpp>

#include <cmath>

namespace vt = loopstep::py;
using loopstep::py::LibError;
using loopstep::py::StructTime;

namespace {

StructTime to_struct(const stdlib_cases::TimeTuple& t) {
    StructTime s;
    s.tm_year = t.year;
    s.tm_mon = t.mon;
    s.tm_mday = t.mday;
    s.tm_hour = t.hour;
    s.tm_min = t.min;
    s.tm_sec = t.sec;
    s.tm_wday = t.wday;
    s.tm_yday = t.yday;
    s.tm_isdst = t.isdst;
    if (t.zone) s.tm_zone = t.zone;
    if (t.has_gmtoff) s.tm_gmtoff = t.gmtoff;
    return s;
}

template <typename F>
std::string text_or_error(F&& f) {
    try {
        return f();
    } catch (const LibError& e) {
        return case_parsing::error_text(e);
    }
}

std::string describe(const stdlib_cases::TimeTuple& t) {
    return vt::struct_time_repr(to_struct(t)) + (t.zone ? std::string(" zone=") + t.zone : "") +
           (t.has_gmtoff ? " gmtoff=" + std::to_string(t.gmtoff) : "");
}

} // namespace

TEST_CASE("gmtime, localtime, ctime and repr match CPython", "[time]") {
    for (const auto& c : stdlib_cases::kBrokenDownCases) {
        INFO(c.func << "(" << c.secs << ")");
        const bool local = std::string_view(c.func) == "localtime";
        StructTime got;
        std::string error;
        std::string ctime;
        try {
            if (c.is_float) {
                double secs = std::strtod(c.secs, nullptr);
                got = local ? vt::localtime(secs) : vt::gmtime(secs);
                ctime = vt::ctime(secs);
            } else {
                std::int64_t secs = std::strtoll(c.secs, nullptr, 10);
                got = local ? vt::localtime(secs) : vt::gmtime(secs);
                ctime = vt::ctime(secs);
            }
        } catch (const LibError& e) {
            error = case_parsing::error_text(e);
        }
        if (c.error) {
            CHECK(error == c.error);
            continue;
        }
        REQUIRE(error.empty());
        CHECK(got == to_struct(c.expected));
        CHECK(vt::struct_time_repr(got) == c.repr);
        CHECK(ctime == c.ctime);
    }
}

TEST_CASE("mktime in UTC matches CPython", "[time]") {
    for (const auto& c : stdlib_cases::kMktimeCases) {
        INFO("mktime(" << describe(c.t) << ")");
        std::string got = text_or_error([&] {
            double t = vt::mktime(to_struct(c.t));
            char buf[64];
            std::snprintf(buf, sizeof buf, "%a", t);
            return std::string(buf);
        });
        if (c.is_error) {
            CHECK(got == c.expected);
        } else {
            INFO("got " << got << ", expected " << c.expected);
            CHECK(case_parsing::same_float(std::strtod(got.c_str(), nullptr),
                                           std::strtod(c.expected, nullptr)));
        }
    }
}

TEST_CASE("strftime matches CPython's glibc strftime", "[time]") {
    std::size_t failures = 0;
    for (const auto& c : stdlib_cases::kStrftimeCases) {
        std::string got = text_or_error([&] {
            return vt::strftime(std::string_view(c.format, c.format_size), to_struct(c.t));
        });
        if (got == c.expected) continue;
        // Report each mismatch with its inputs, but stop after a screenful.
        if (++failures > 40) continue;
        INFO("strftime(\"" << c.format << "\", " << describe(c.t) << ")");
        CHECK(got == c.expected);
    }
    CHECK(failures == 0);
}

TEST_CASE("strftime refuses an embedded NUL", "[time]") {
    // The format is a C++ string_view here, so a NUL inside it reaches strftime.
    CHECK_THROWS_WITH(vt::strftime(std::string_view("%Y\0", 3), vt::localtime(std::int64_t(0))),
                      "embedded null character");
}

TEST_CASE("asctime matches CPython", "[time]") {
    for (const auto& c : stdlib_cases::kAsctimeCases) {
        INFO("asctime(" << describe(c.t) << ")");
        CHECK(text_or_error([&] { return vt::asctime(to_struct(c.t)); }) == c.expected);
    }
}

TEST_CASE("the virtual clock starts on Tuesday 14 November 2023, 22:13:20 UTC", "[time]") {
    // Stated in the interpreter issue: time.time() starts at 1700000000.0 in zone UTC.
    CHECK(vt::ctime(vt::kTimeStart) == "Tue Nov 14 22:13:20 2023");
    CHECK(vt::strftime("%Y-%m-%d %H:%M:%S %Z", vt::localtime(vt::kTimeStart)) ==
          "2023-11-14 22:13:20 UTC");
}

TEST_CASE("days_from_civil and civil_from_days are inverses on consecutive days", "[time]") {
    // Every day from 1583 back to -1000 and forward to 3000 follows the previous one by one day,
    // and February has 29 days exactly in Gregorian leap years.
    std::int64_t previous = vt::days_from_civil(-1000, 1, 1) - 1;
    for (std::int64_t year = -1000; year <= 3000; ++year) {
        const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        const int lengths[12] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        for (int month = 1; month <= 12; ++month) {
            for (int day = 1; day <= lengths[month - 1]; ++day) {
                std::int64_t days = vt::days_from_civil(year, month, day);
                REQUIRE(days == previous + 1);
                vt::CivilDate back = vt::civil_from_days(days);
                REQUIRE(back.year == year);
                REQUIRE(back.month == month);
                REQUIRE(back.day == day);
                previous = days;
            }
        }
    }
    CHECK(vt::days_from_civil(1970, 1, 1) == 0);
}
