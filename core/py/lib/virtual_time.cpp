// The time module's calendar and text. The conversions follow Modules/timemodule.c (gettmarg,
// checktm, _asctime, the strftime buffer loop) and the formatting follows glibc's strftime in
// the C locale (the wide-character variant CPython calls), directive by directive, including
// its quirks: widths pad every directive, an unknown directive is copied back padded, and %z
// pads its sign separately from its digits. All of it is computed here, with no libc time call.
#include "core/py/lib/virtual_time.h"

#include "core/py/lib/lib_error.h"
#include "core/py/lib/utf8.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

namespace loopstep::py {

namespace {

constexpr int kYearBase = 1900;
constexpr int kEOverflow = 75; // EOVERFLOW on Linux

constexpr std::array<const char*, 7> kAbbrevDay = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 7> kFullDay = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                 "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> kAbbrevMonth = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 12> kFullMonth = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

[[noreturn]] void raise(PyErrorType type, const std::string& message, int os_errno = 0) {
    throw LibError(type, message, os_errno);
}

std::int64_t floordiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

std::int64_t floormod(std::int64_t a, std::int64_t b) {
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

bool is_leap(std::int64_t year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// C's struct tm, as glibc's strftime sees it after CPython's gettmarg and checktm.
struct Tm {
    int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
    std::optional<std::u32string> tm_zone; // nullopt: the C pointer is NULL
    long tm_gmtoff;
};

int to_c_int(std::int64_t v) {
    if (v > std::numeric_limits<int>::max())
        raise(PyErrorType::OverflowError, "signed integer is greater than maximum");
    if (v < std::numeric_limits<int>::min())
        raise(PyErrorType::OverflowError, "signed integer is less than minimum");
    return static_cast<int>(v);
}

// gettmarg: every field must fit a C int; then the C conventions (year - 1900, month and
// year-day from 0, Sunday as day 0).
Tm gettmarg(const StructTime& t) {
    int y = to_c_int(t.tm_year);
    Tm tm{};
    tm.tm_mon = to_c_int(t.tm_mon);
    tm.tm_mday = to_c_int(t.tm_mday);
    tm.tm_hour = to_c_int(t.tm_hour);
    tm.tm_min = to_c_int(t.tm_min);
    tm.tm_sec = to_c_int(t.tm_sec);
    tm.tm_wday = to_c_int(t.tm_wday);
    tm.tm_yday = to_c_int(t.tm_yday);
    tm.tm_isdst = to_c_int(t.tm_isdst);
    if (y < std::numeric_limits<int>::min() + kYearBase)
        raise(PyErrorType::OverflowError, "year out of range");
    tm.tm_year = y - kYearBase;
    tm.tm_mon = static_cast<int>(std::int64_t(tm.tm_mon) - 1);
    tm.tm_wday = static_cast<int>((std::int64_t(tm.tm_wday) + 1) % 7); // C %: may stay negative
    tm.tm_yday = static_cast<int>(std::int64_t(tm.tm_yday) - 1);
    if (t.tm_zone) tm.tm_zone = decode_utf8_lenient(*t.tm_zone);
    tm.tm_gmtoff = t.tm_gmtoff ? static_cast<long>(*t.tm_gmtoff) : 0;
    return tm;
}

// checktm: refuse what would index past glibc's name tables; 0 means "the first" for the
// month, the day of the month and the day of the year.
void checktm(Tm& tm) {
    if (tm.tm_mon == -1)
        tm.tm_mon = 0;
    else if (tm.tm_mon < 0 || tm.tm_mon > 11)
        raise(PyErrorType::ValueError, "month out of range");
    if (tm.tm_mday == 0)
        tm.tm_mday = 1;
    else if (tm.tm_mday < 0 || tm.tm_mday > 31)
        raise(PyErrorType::ValueError, "day of month out of range");
    if (tm.tm_hour < 0 || tm.tm_hour > 23) raise(PyErrorType::ValueError, "hour out of range");
    if (tm.tm_min < 0 || tm.tm_min > 59) raise(PyErrorType::ValueError, "minute out of range");
    if (tm.tm_sec < 0 || tm.tm_sec > 61) raise(PyErrorType::ValueError, "seconds out of range");
    if (tm.tm_wday < 0) raise(PyErrorType::ValueError, "day of week out of range");
    if (tm.tm_yday == -1)
        tm.tm_yday = 0;
    else if (tm.tm_yday < 0 || tm.tm_yday > 365)
        raise(PyErrorType::ValueError, "day of year out of range");
}

// glibc's mktime in the UTC zone: a request for daylight time, which UTC never has, is answered
// one hour earlier. nullopt when the result has no struct tm (its year does not fit an int).
std::optional<std::int64_t> mktime_utc(const Tm& tm) {
    std::int64_t t = timegm(std::int64_t(tm.tm_year) + kYearBase, std::int64_t(tm.tm_mon) + 1,
                            tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (tm.tm_isdst > 0) t -= 3600;
    std::int64_t year = civil_from_days(floordiv(t, 86400)).year;
    if (year - kYearBase < std::numeric_limits<int>::min() ||
        year - kYearBase > std::numeric_limits<int>::max())
        return std::nullopt;
    return t;
}

// Case mapping as towupper/towlower do in C.UTF-8 for ASCII and Latin-1 letters; only text the
// program wrote itself (an unknown directive, a tm_zone) can hold anything else.
char32_t to_upper(char32_t c) {
    if ((c >= U'a' && c <= U'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20;
    if (c == 0xFF) return 0x178;
    if (c == 0xB5) return 0x39C;
    return c;
}

char32_t to_lower(char32_t c) {
    if ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 0x20;
    return c;
}

// One run of glibc's __strftime_internal over a wide format. Output beyond `cap` characters is
// abandoned (CPython would return "" for it anyway), which keeps "%2147483647Y" cheap.
class Strftime {
  public:
    Strftime(const Tm& tm, std::size_t cap) : tp_(tm), cap_(cap) {}

    // nullopt when the output reached cap.
    std::optional<std::u32string> run(std::u32string_view format) {
        out_.clear();
        overflow_ = false;
        format_all(format);
        if (overflow_) return std::nullopt;
        return out_;
    }

  private:
    struct Spec {
        char32_t pad = 0;
        int width = -1;
        bool to_lowcase = false;
        bool to_uppcase = false;
    };

    void append(char32_t c, std::size_t count = 1) {
        if (overflow_ || out_.size() + count >= cap_) {
            overflow_ = true;
            return;
        }
        out_.append(count, c);
    }

    // glibc's add()/cpy(): pad to the field width (zeros only for the 0 flag), then the text.
    void add(const Spec& s, std::u32string_view text, bool convert_case = true) {
        auto n = static_cast<std::int64_t>(text.size());
        if (s.width > n) append(s.pad == U'0' ? U'0' : U' ', static_cast<std::size_t>(s.width - n));
        for (char32_t c : text) {
            if (convert_case && s.to_lowcase)
                c = to_lower(c);
            else if (convert_case && s.to_uppcase)
                c = to_upper(c);
            append(c);
        }
    }

    void add_ascii(const Spec& s, std::string_view text) {
        add(s, std::u32string(text.begin(), text.end()));
    }

    // do_number_sign_and_padding: `digits` is the minimum width the number is padded to.
    void number_text(Spec s, int digits, std::u32string text, bool negative) {
        if (negative) text.insert(text.begin(), U'-');
        if (s.pad != U'-') {
            int padding = digits - static_cast<int>(text.size());
            if (padding > 0) {
                if (s.pad == U'_') {
                    append(U' ', static_cast<std::size_t>(padding));
                    s.width = s.width > padding ? s.width - padding : 0;
                } else {
                    if (negative) {
                        append(U'-');
                        text.erase(text.begin());
                    }
                    append(U'0', static_cast<std::size_t>(padding));
                    s.width = 0;
                }
            }
        }
        add(s, text, false);
    }

    static std::u32string digits_of(std::uint64_t u) {
        std::u32string d;
        do {
            d.insert(d.begin(), static_cast<char32_t>(U'0' + u % 10));
            u /= 10;
        } while (u != 0);
        return d;
    }

    // DO_NUMBER (and DO_NUMBER_SPACEPAD when spacepad): the value is a C int.
    void number(Spec s, int d, int value, bool spacepad = false) {
        int digits = d > s.width ? d : s.width;
        if (spacepad && s.pad != U'0' && s.pad != U'-') s.pad = U'_';
        bool negative = value < 0;
        std::uint64_t u = negative ? 0 - static_cast<std::uint64_t>(std::int64_t(value))
                                   : static_cast<std::uint64_t>(value);
        number_text(s, digits, digits_of(u), negative);
    }

    void subformat(const Spec& s, std::u32string_view subfmt) {
        Strftime inner(tp_, std::numeric_limits<std::size_t>::max());
        std::u32string text = *inner.run(subfmt);
        std::size_t start = out_.size();
        add(s, text, false);
        if (s.to_uppcase && !overflow_) {
            for (std::size_t i = start; i < out_.size(); ++i) out_[i] = to_upper(out_[i]);
        }
    }

    void format_all(std::u32string_view f) {
        const int hour12 = tp_.tm_hour > 12   ? tp_.tm_hour - 12
                           : tp_.tm_hour == 0 ? 12
                                              : tp_.tm_hour;
        const std::size_t end = f.size();
        for (std::size_t i = 0; i < end && !overflow_; ++i) {
            Spec s;
            if (f[i] != U'%') {
                add(s, f.substr(i, 1), false);
                continue;
            }
            bool change_case = false;
            while (true) {
                ++i;
                char32_t c = i < end ? f[i] : 0;
                if (c == U'_' || c == U'-' || c == U'0')
                    s.pad = c;
                else if (c == U'^')
                    s.to_uppcase = true;
                else if (c == U'#')
                    change_case = true;
                else
                    break;
            }
            if (i < end && f[i] >= U'0' && f[i] <= U'9') {
                s.width = 0;
                do {
                    int digit = static_cast<int>(f[i] - U'0');
                    if (s.width > std::numeric_limits<int>::max() / 10 ||
                        (s.width == std::numeric_limits<int>::max() / 10 &&
                         digit > std::numeric_limits<int>::max() % 10))
                        s.width = std::numeric_limits<int>::max();
                    else
                        s.width = s.width * 10 + digit;
                    ++i;
                } while (i < end && f[i] >= U'0' && f[i] <= U'9');
            }
            char32_t modifier = 0;
            if (i < end && (f[i] == U'E' || f[i] == U'O')) modifier = f[i++];
            const char32_t format_char = i < end ? f[i] : 0;
            bool bad = false;
            const auto upcase_names = [&] {
                if (change_case) {
                    s.to_uppcase = true;
                    s.to_lowcase = false;
                }
            };
            switch (format_char) {
            case U'%':
                if (modifier != 0)
                    bad = true;
                else
                    add(s, U"%", false);
                break;
            case U'a':
            case U'A':
                if (modifier != 0) {
                    bad = true;
                    break;
                }
                upcase_names();
                add_ascii(s, (format_char == U'a' ? kAbbrevDay : kFullDay)[tp_.tm_wday]);
                break;
            case U'b':
            case U'h':
            case U'B':
                // The C locale's alternative month names (%Ob, %OB) are the plain ones. glibc
                // applies # before refusing %Eb and %Eh, so their copy is upper-cased, but not
                // %EB's.
                if (format_char != U'B') upcase_names();
                if (modifier == U'E') {
                    bad = true;
                    break;
                }
                upcase_names();
                add_ascii(s, (format_char == U'B' ? kFullMonth : kAbbrevMonth)[tp_.tm_mon]);
                break;
            case U'c':
                if (modifier == U'O')
                    bad = true;
                else
                    subformat(s, U"%a %b %e %H:%M:%S %Y");
                break;
            case U'C': {
                int year = tp_.tm_year + kYearBase;
                number(s, 1, year / 100 - (year % 100 < 0));
                break;
            }
            case U'x':
                if (modifier == U'O')
                    bad = true;
                else
                    subformat(s, U"%m/%d/%y");
                break;
            case U'D':
                if (modifier != 0)
                    bad = true;
                else
                    subformat(s, U"%m/%d/%y");
                break;
            case U'd':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, tp_.tm_mday);
                break;
            case U'e':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, tp_.tm_mday, true);
                break;
            case U'F':
                if (modifier != 0)
                    bad = true;
                else
                    subformat(s, U"%Y-%m-%d");
                break;
            case U'H':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, tp_.tm_hour);
                break;
            case U'I':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, hour12);
                break;
            case U'k':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, tp_.tm_hour, true);
                break;
            case U'l':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, hour12, true);
                break;
            case U'j':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 3, 1 + tp_.tm_yday);
                break;
            case U'M':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, tp_.tm_min);
                break;
            case U'm':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, tp_.tm_mon + 1);
                break;
            case U'n': add(s, U"\n", false); break;
            case U't': add(s, U"\t", false); break;
            case U'P':
            case U'p':
                if (format_char == U'P') s.to_lowcase = true;
                if (change_case) {
                    s.to_uppcase = false;
                    s.to_lowcase = true;
                }
                add_ascii(s, tp_.tm_hour > 11 ? "PM" : "AM");
                break;
            case U'R': subformat(s, U"%H:%M"); break;
            case U'r': subformat(s, U"%I:%M:%S %p"); break;
            case U'S':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, tp_.tm_sec);
                break;
            case U's': {
                std::int64_t t = mktime_utc(tp_).value_or(-1);
                bool negative = t < 0;
                std::uint64_t u =
                    negative ? 0 - static_cast<std::uint64_t>(t) : static_cast<std::uint64_t>(t);
                number_text(s, 1, digits_of(u), negative);
                break;
            }
            case U'X':
                if (modifier == U'O')
                    bad = true;
                else
                    subformat(s, U"%H:%M:%S");
                break;
            case U'T': subformat(s, U"%H:%M:%S"); break;
            case U'u': number(s, 1, (tp_.tm_wday - 1 + 7) % 7 + 1); break;
            case U'U':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, (tp_.tm_yday - tp_.tm_wday + 7) / 7);
                break;
            case U'V':
            case U'g':
            case U'G':
                if (modifier == U'E')
                    bad = true;
                else
                    iso_week(s, format_char);
                break;
            case U'W':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 2, (tp_.tm_yday - (tp_.tm_wday - 1 + 7) % 7 + 7) / 7);
                break;
            case U'w':
                if (modifier == U'E')
                    bad = true;
                else
                    number(s, 1, tp_.tm_wday);
                break;
            case U'Y':
                if (modifier == U'O')
                    bad = true;
                else
                    number(s, 1, tp_.tm_year + kYearBase);
                break;
            case U'y': number(s, 2, (tp_.tm_year % 100 + 100) % 100); break;
            case U'Z': zone(s, change_case); break;
            case U'z': offset(s); break;
            case 0:
                // A lone '%' (with flags) at the end of the format is copied as written.
                --i;
                bad = true;
                break;
            default: bad = true; break;
            }
            if (bad) {
                // The directive from its last '%' up to here is copied, padded and case-mapped.
                std::size_t from = i;
                while (f[from] != U'%') --from;
                add(s, f.substr(from, i - from + 1));
            }
        }
    }

    // %V %g %G: the ISO 8601 week (weeks start on Monday; week 1 holds the first Thursday).
    static int iso_week_days(int yday, int wday) {
        const int big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1;
    }

    void iso_week(const Spec& s, char32_t which) {
        int year = tp_.tm_year + kYearBase;
        int days = iso_week_days(tp_.tm_yday, tp_.tm_wday);
        if (days < 0) {
            --year;
            days = iso_week_days(tp_.tm_yday + (365 + is_leap(year)), tp_.tm_wday);
        } else {
            int d = iso_week_days(tp_.tm_yday - (365 + is_leap(year)), tp_.tm_wday);
            if (d >= 0) {
                ++year;
                days = d;
            }
        }
        if (which == U'g')
            number(s, 2, (year % 100 + 100) % 100);
        else if (which == U'G')
            number(s, 1, year);
        else
            number(s, 2, days / 7 + 1);
    }

    void zone(Spec s, bool change_case) {
        if (change_case) {
            s.to_uppcase = false;
            s.to_lowcase = true;
        }
        std::u32string name;
        if (tp_.tm_zone && !tp_.tm_zone->empty())
            name = *tp_.tm_zone;
        else if (tp_.tm_isdst >= 0)
            name = U"UTC"; // tzname[0] and tzname[1] with TZ=UTC
        add(s, name);
    }

    void offset(const Spec& s) {
        if (tp_.tm_isdst < 0) return;
        auto diff = static_cast<int>(tp_.tm_gmtoff);
        if (diff < 0) {
            add(s, U"-", false);
            diff = -diff;
        } else {
            add(s, U"+", false);
        }
        diff /= 60;
        number(s, 4, (diff / 60) * 100 + diff % 60);
    }

    const Tm& tp_;
    std::size_t cap_;
    std::u32string out_;
    bool overflow_ = false;
};

Tm tm_from_struct(const StructTime& st) {
    Tm tm{};
    tm.tm_year = static_cast<int>(st.tm_year - kYearBase);
    tm.tm_mon = static_cast<int>(st.tm_mon - 1);
    tm.tm_mday = static_cast<int>(st.tm_mday);
    tm.tm_hour = static_cast<int>(st.tm_hour);
    tm.tm_min = static_cast<int>(st.tm_min);
    tm.tm_sec = static_cast<int>(st.tm_sec);
    tm.tm_wday = static_cast<int>((st.tm_wday + 1) % 7);
    tm.tm_yday = static_cast<int>(st.tm_yday - 1);
    return tm;
}

// _asctime: "%s %s%3d %.2d:%.2d:%.2d %d", the year computed in C int arithmetic.
std::string asctime_tm(const Tm& tm) {
    auto year = static_cast<std::int32_t>(static_cast<std::uint32_t>(tm.tm_year) +
                                          static_cast<std::uint32_t>(kYearBase));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kAbbrevDay[tm.tm_wday],
                  kAbbrevMonth[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, year);
    return buf;
}

std::int64_t floor_timestamp(double secs) {
    if (std::isnan(secs)) raise(PyErrorType::ValueError, "Invalid value NaN (not a number)");
    double intpart = std::floor(secs);
    // CPython 3.11.2 compares with (double)INT64_MAX, which rounds up to 2**63, so 2.0**63 passes
    // the check; its conversion to time_t then yields INT64_MIN on x86-64.
    if (!(-9223372036854775808.0 <= intpart && intpart <= 9223372036854775808.0))
        raise(PyErrorType::OverflowError, kTimestampOverflow);
    if (intpart == 9223372036854775808.0) return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(intpart);
}

StructTime broken_down(std::int64_t secs, const char* zone) {
    std::int64_t days = floordiv(secs, 86400);
    std::int64_t rem = floormod(secs, 86400);
    CivilDate date = civil_from_days(days);
    if (date.year - kYearBase < std::numeric_limits<int>::min() ||
        date.year - kYearBase > std::numeric_limits<int>::max())
        raise(PyErrorType::OSError, "Value too large for defined data type", kEOverflow);
    StructTime t;
    t.tm_year = date.year;
    t.tm_mon = date.month;
    t.tm_mday = date.day;
    t.tm_hour = rem / 3600;
    t.tm_min = rem % 3600 / 60;
    t.tm_sec = rem % 60;
    t.tm_wday = floormod(days + 3, 7); // 1970-01-01 was a Thursday
    t.tm_yday = days - days_from_civil(date.year, 1, 1) + 1;
    t.tm_isdst = 0;
    t.tm_zone = zone;
    t.tm_gmtoff = 0;
    return t;
}

} // namespace

// ---- calendar ----

std::int64_t days_from_civil(std::int64_t year, int month, int day) {
    // Howard Hinnant's algorithm: count in 400-year eras of 146097 days starting each March 1st,
    // so the leap day is the last day of its year.
    year -= month <= 2;
    const std::int64_t era = floordiv(year, 400);
    const std::int64_t yoe = year - era * 400;                                         // [0, 399]
    const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1; // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = floordiv(days, 146097);
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const auto day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2), month, day};
}

std::int64_t timegm(std::int64_t year, std::int64_t month, std::int64_t mday, std::int64_t hour,
                    std::int64_t minute, std::int64_t second) {
    year += floordiv(month - 1, 12);
    auto month0 = static_cast<int>(floormod(month - 1, 12));
    std::int64_t days = days_from_civil(year, month0 + 1, 1) + (mday - 1);
    return days * 86400 + hour * 3600 + minute * 60 + second;
}

// ---- time module ----

StructTime gmtime(std::int64_t secs) {
    return broken_down(secs, "GMT");
}
StructTime gmtime(double secs) {
    return gmtime(floor_timestamp(secs));
}
StructTime localtime(std::int64_t secs) {
    return broken_down(secs, "UTC");
}
StructTime localtime(double secs) {
    return localtime(floor_timestamp(secs));
}

double mktime(const StructTime& t) {
    Tm tm = gettmarg(t);
    std::optional<std::int64_t> result = mktime_utc(tm);
    if (!result) raise(PyErrorType::OverflowError, "mktime argument out of range");
    return static_cast<double>(*result);
}

std::string strftime(std::string_view format, const StructTime& t) {
    Tm tm = gettmarg(t);
    checktm(tm);
    // CPython clamps tm_isdst so a %Z implementation may index tzname with it.
    if (tm.tm_isdst < -1)
        tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1)
        tm.tm_isdst = 1;
    std::u32string fmt = decode_utf8_lenient(format);
    if (fmt.find(U'\0') != std::u32string::npos)
        raise(PyErrorType::ValueError, "embedded null character");
    // CPython doubles its buffer from 1024 characters until the result fits or the buffer is
    // 256 times the format's length; a result that never fits (or is empty) becomes "".
    std::size_t buffer = 1024;
    while (buffer < 256 * fmt.size()) buffer *= 2;
    std::optional<std::u32string> out = Strftime(tm, buffer).run(fmt);
    if (!out) return "";
    return encode_utf8(*out);
}

std::string asctime(const StructTime& t) {
    Tm tm = gettmarg(t);
    checktm(tm);
    return asctime_tm(tm);
}

std::string ctime(std::int64_t secs) {
    return asctime_tm(tm_from_struct(localtime(secs)));
}
std::string ctime(double secs) {
    return ctime(floor_timestamp(secs));
}

std::string struct_time_repr(const StructTime& t) {
    return "time.struct_time(tm_year=" + std::to_string(t.tm_year) +
           ", tm_mon=" + std::to_string(t.tm_mon) + ", tm_mday=" + std::to_string(t.tm_mday) +
           ", tm_hour=" + std::to_string(t.tm_hour) + ", tm_min=" + std::to_string(t.tm_min) +
           ", tm_sec=" + std::to_string(t.tm_sec) + ", tm_wday=" + std::to_string(t.tm_wday) +
           ", tm_yday=" + std::to_string(t.tm_yday) + ", tm_isdst=" + std::to_string(t.tm_isdst) +
           ")";
}

} // namespace loopstep::py
