// Wall-clock date and time BIFs: date/0, time/0, universaltime/0,
// localtime/0 and the conversions between universal time, local time (the
// C library's time zone, TZ) and POSIX seconds.
//
// Semantics are ERTS 13's (bif.c, erl_time_sup.c): a datetime is
// {{Y,M,D},{H,Mi,S}} of small integers; the conversions to and from local
// time take years 1902.. and universaltime_to_posixtime/1 years 1600..,
// with a valid calendar date and 0..23, 0..59, 0..59 (no leap seconds);
// anything else is badarg.
#include <ctime>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

struct DateTime {
  int64_t year, month, day, hour, minute, second;
};

constexpr int kMonthDays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr int64_t kSecondsPerDay = 86400;

bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// {{Y,M,D},{H,Mi,S}} with small integers (ERTS's time_to_parts).
bool parts_of(Term t, DateTime* dt) {
  if (!is_tuple(t) || tuple_arity(t) != 2) return false;
  Term d = tuple_element(t, 1), h = tuple_element(t, 2);
  if (!is_tuple(d) || !is_tuple(h) || tuple_arity(d) != 3 || tuple_arity(h) != 3) return false;
  for (Word i = 1; i <= 3; i++) {
    if (!is_small(tuple_element(d, i)) || !is_small(tuple_element(h, i))) return false;
  }
  *dt = DateTime{small_value(tuple_element(d, 1)), small_value(tuple_element(d, 2)), small_value(tuple_element(d, 3)),
                 small_value(tuple_element(h, 1)), small_value(tuple_element(h, 2)), small_value(tuple_element(h, 3))};
  return true;
}

bool valid(const DateTime& t, int64_t min_year) {
  if (t.year < min_year || t.year > INT32_MAX - 1 || t.month < 1 || t.month > 12) return false;
  int64_t mdays = kMonthDays[t.month] + (t.month == 2 && is_leap(t.year) ? 1 : 0);
  return t.day >= 1 && t.day <= mdays && t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 &&
         t.second >= 0 && t.second <= 59;
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
int64_t days_from_epoch(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int64_t to_seconds(const DateTime& t) {
  return days_from_epoch(t.year, t.month, t.day) * kSecondsPerDay + t.hour * 3600 + t.minute * 60 + t.second;
}

DateTime from_seconds(__int128 secs) {
  __int128 days = secs / kSecondsPerDay, rem = secs % kSecondsPerDay;
  if (rem < 0) {
    days--;
    rem += kSecondsPerDay;
  }
  // Civil date from days since 1970-01-01.
  __int128 z = days + 719468;
  __int128 era = (z >= 0 ? z : z - 146096) / 146097;
  __int128 doe = z - era * 146097;
  __int128 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  __int128 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  __int128 mp = (5 * doy + 2) / 153;
  int64_t d = int64_t(doy - (153 * mp + 2) / 5 + 1);
  int64_t m = int64_t(mp < 10 ? mp + 3 : mp - 9);
  int64_t y = int64_t(yoe + era * 400 + (m <= 2));
  int64_t r = int64_t(rem);
  return DateTime{y, m, d, r / 3600, r % 3600 / 60, r % 60};
}

DateTime from_tm(const struct tm& tm) {
  return DateTime{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec};
}

Term triple(Process* p, int64_t a, int64_t b, int64_t c) {
  return make_tuple3(p, make_small(a), make_small(b), make_small(c));
}

Term datetime_term(Process* p, const DateTime& t) {
  Term date = triple(p, t.year, t.month, t.day);
  return make_tuple2(p, date, triple(p, t.hour, t.minute, t.second));
}

DateTime now_utc() {
  time_t now = ::time(nullptr);
  struct tm tm;
  gmtime_r(&now, &tm);
  return from_tm(tm);
}

DateTime now_local() {
  time_t now = ::time(nullptr);
  struct tm tm;
  localtime_r(&now, &tm);
  return from_tm(tm);
}

}  // namespace

Term erl_date_0(Process* p, Term*) {
  DateTime t = now_local();
  return triple(p, t.year, t.month, t.day);
}

Term erl_time_0(Process* p, Term*) {
  DateTime t = now_local();
  return triple(p, t.hour, t.minute, t.second);
}

Term erl_universaltime_0(Process* p, Term*) { return datetime_term(p, now_utc()); }

Term erl_localtime_0(Process* p, Term*) { return datetime_term(p, now_local()); }

Term erl_universaltime_to_localtime_1(Process* p, Term* a) {
  DateTime t;
  if (!parts_of(a[0], &t) || !valid(t, 1902)) return badarg(p);
  time_t clock = time_t(to_seconds(t));
  struct tm tm;
  if (!localtime_r(&clock, &tm)) return badarg(p);
  return datetime_term(p, from_tm(tm));
}

Term erl_localtime_to_universaltime_2(Process* p, Term* a) {
  int isdst;
  if (a[1] == atoms::am_true) isdst = 1;
  else if (a[1] == atoms::am_false) isdst = 0;
  else if (a[1] == atoms::am_undefined) isdst = -1;
  else return badarg(p);
  DateTime t;
  if (!parts_of(a[0], &t) || !valid(t, 1902)) return badarg(p);
  auto local_to_clock = [&](int dst, time_t* clock) {
    struct tm tm {};
    tm.tm_year = int(t.year - 1900);
    tm.tm_mon = int(t.month - 1);
    tm.tm_mday = int(t.day);
    tm.tm_hour = int(t.hour);
    tm.tm_min = int(t.minute);
    tm.tm_sec = int(t.second);
    tm.tm_isdst = dst;
    *clock = mktime(&tm);
    if (*clock != time_t(-1)) return true;
    // -1 is also the answer for 1969-12-31 23:59:59 UTC (ERTS checks one
    // second earlier).
    tm.tm_sec--;
    return mktime(&tm) == time_t(-2);
  };
  time_t clock;
  // A zone without summer time refuses isdst = 1: taken as isdst = 0, as ERTS does.
  if (!local_to_clock(isdst, &clock) && !(isdst == 1 && local_to_clock(0, &clock))) return badarg(p);
  struct tm tm;
  if (!gmtime_r(&clock, &tm)) return badarg(p);
  return datetime_term(p, from_tm(tm));
}

Term erl_universaltime_to_posixtime_1(Process* p, Term* a) {
  DateTime t;
  if (!parts_of(a[0], &t) || !valid(t, 1600)) return badarg(p);
  int64_t s = to_seconds(t);
  return make_int_mag64(*p, s < 0 ? 0 - uint64_t(s) : uint64_t(s), s < 0);
}

Term erl_posixtime_to_universaltime_1(Process* p, Term* a) {
  int64_t secs;
  if (!term_to_int64(a[0], &secs)) return badarg(p);
  DateTime t = from_seconds(secs);
  if (!fits_small(t.year)) return badarg(p);
  return datetime_term(p, t);
}

}  // namespace openbeam::bifs
