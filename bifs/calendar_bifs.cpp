// Calendar time BIFs: erlang:date/0, time/0, localtime/0, universaltime/0,
// universaltime_to_localtime/1, localtime_to_universaltime/2,
// posixtime_to_universaltime/1, universaltime_to_posixtime/1, and
// os:system_time/0,1 (the same clock as erlang:system_time/0,1).
// Dates are {{Y,M,D},{H,Mi,S}} in the proleptic Gregorian calendar; local
// time comes from the C library's time zone (TZ), like ERTS.
#include <ctime>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_system_time_0(Process* p, Term* a);
Term erl_system_time_1(Process* p, Term* a);

namespace {

struct DateTime {
  int64_t y, mo, d, h, mi, s;
};

bool leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int64_t days_in_month(int64_t y, int64_t m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 of a Gregorian date (any year).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

DateTime civil_from_seconds(int64_t t) {
  int64_t days = t / 86400, secs = t % 86400;
  if (secs < 0) {
    secs += 86400;
    days--;
  }
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp + (mp < 10 ? 3 : -9);
  return DateTime{yoe + era * 400 + (m <= 2), m, d, secs / 3600, secs % 3600 / 60, secs % 60};
}

bool small_in(Term t, int64_t lo, int64_t hi, int64_t* out) {
  if (!is_small(t) || small_value(t) < lo || small_value(t) > hi) return false;
  *out = small_value(t);
  return true;
}

// {{Y,M,D},{H,Mi,S}} with a valid date and time (years from 0).
bool parse_datetime(Term t, DateTime* dt) {
  if (!is_tuple(t) || tuple_arity(t) != 2) return false;
  Term date = tuple_element(t, 1), time = tuple_element(t, 2);
  if (!is_tuple(date) || tuple_arity(date) != 3 || !is_tuple(time) || tuple_arity(time) != 3) return false;
  if (!small_in(tuple_element(date, 1), 0, int64_t(1) << 40, &dt->y) ||
      !small_in(tuple_element(date, 2), 1, 12, &dt->mo) ||
      !small_in(tuple_element(date, 3), 1, 31, &dt->d) || dt->d > days_in_month(dt->y, dt->mo) ||
      !small_in(tuple_element(time, 1), 0, 23, &dt->h) || !small_in(tuple_element(time, 2), 0, 59, &dt->mi) ||
      !small_in(tuple_element(time, 3), 0, 59, &dt->s)) {
    return false;
  }
  return true;
}

Term make_date(Process* p, const DateTime& dt) {
  return make_tuple3(p, make_small(dt.y), make_small(dt.mo), make_small(dt.d));
}
Term make_time(Process* p, const DateTime& dt) {
  return make_tuple3(p, make_small(dt.h), make_small(dt.mi), make_small(dt.s));
}
Term make_datetime(Process* p, const DateTime& dt) { return make_tuple2(p, make_date(p, dt), make_time(p, dt)); }

int64_t to_seconds(const DateTime& dt) {
  return days_from_civil(dt.y, dt.mo, dt.d) * 86400 + dt.h * 3600 + dt.mi * 60 + dt.s;
}

DateTime from_tm(const std::tm& tm) {
  return DateTime{tm.tm_year + 1900LL, tm.tm_mon + 1LL, int64_t(tm.tm_mday), int64_t(tm.tm_hour),
                  int64_t(tm.tm_min), int64_t(tm.tm_sec)};
}

DateTime local_now() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return from_tm(tm);
}

DateTime utc_now() { return civil_from_seconds(int64_t(std::time(nullptr))); }

}  // namespace

Term erl_date_0(Process* p, Term*) { return make_date(p, local_now()); }
Term erl_time_0(Process* p, Term*) { return make_time(p, local_now()); }
Term erl_localtime_0(Process* p, Term*) { return make_datetime(p, local_now()); }
Term erl_universaltime_0(Process* p, Term*) { return make_datetime(p, utc_now()); }

Term erl_universaltime_to_localtime_1(Process* p, Term* a) {
  DateTime dt;
  if (!parse_datetime(a[0], &dt)) return badarg(p);
  int64_t secs = to_seconds(dt);
  std::time_t t = std::time_t(secs);
  std::tm tm{};
  if (int64_t(t) != secs || !localtime_r(&t, &tm)) return make_datetime(p, dt);  // outside time_t: unchanged
  return make_datetime(p, from_tm(tm));
}

Term erl_localtime_to_universaltime_2(Process* p, Term* a) {
  DateTime dt;
  if (!parse_datetime(a[0], &dt)) return badarg(p);
  Term dst = a[1];
  if (dst != atoms::am_true && dst != atoms::am_false && dst != atoms::am_undefined) return badarg(p);
  std::tm tm{};
  tm.tm_year = int(dt.y - 1900);
  tm.tm_mon = int(dt.mo - 1);
  tm.tm_mday = int(dt.d);
  tm.tm_hour = int(dt.h);
  tm.tm_min = int(dt.mi);
  tm.tm_sec = int(dt.s);
  tm.tm_isdst = dst == atoms::am_true ? 1 : dst == atoms::am_false ? 0 : -1;
  std::time_t t = mktime(&tm);
  if (t == std::time_t(-1)) return make_datetime(p, dt);
  return make_datetime(p, civil_from_seconds(int64_t(t)));
}

Term erl_posixtime_to_universaltime_1(Process* p, Term* a) {
  if (!is_small(a[0])) return badarg(p);
  return make_datetime(p, civil_from_seconds(small_value(a[0])));
}

Term erl_universaltime_to_posixtime_1(Process* p, Term* a) {
  DateTime dt;
  if (!parse_datetime(a[0], &dt)) return badarg(p);
  return make_small(to_seconds(dt));
}

Term os_system_time_0(Process* p, Term* a) { return erl_system_time_0(p, a); }
Term os_system_time_1(Process* p, Term* a) { return erl_system_time_1(p, a); }

}  // namespace openbeam::bifs
