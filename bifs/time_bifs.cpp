// Time BIFs: monotonic and system time, time offset, timestamps, units
// (timers are in bifs/timer_bifs.cpp).
#include <atomic>
#include <chrono>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/timers.hpp"

namespace openbeam::bifs {

using namespace vm;

// Native time unit: nanoseconds, like ERTS on Linux.
constexpr int64_t kNativeUnitsPerSecond = 1000000000;
// The same clock as the timers' (vm/timers.hpp).
using vm::monotonic_ns;
static int64_t system_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Units per second of a time unit term; 0 if invalid.
static int64_t unit_per_second(Term u) {
  if (is_small(u) && small_value(u) > 0) return small_value(u);
  if (!is_atom(u)) return 0;
  std::string_view s = atom_text(u);
  if (s == "second" || s == "seconds") return 1;
  if (s == "millisecond" || s == "milli_seconds") return 1000;
  if (s == "microsecond" || s == "micro_seconds") return 1000000;
  if (s == "nanosecond" || s == "nano_seconds") return 1000000000;
  if (s == "native" || s == "perf_counter") return kNativeUnitsPerSecond;
  return 0;
}

static Term convert(Process* p, int64_t ns, Term unit) {
  int64_t per = unit_per_second(unit);
  if (!per) return badarg(p);
  // floor division, like erlang:convert_time_unit/3
  __int128 v = (__int128)ns * per;
  __int128 q = v / 1000000000;
  if ((v % 1000000000) < 0) q -= 1;
  size_t used;
  return integer_from_int64(p->alloc(bignum_words(1)), int64_t(q), &used);
}

Term erl_monotonic_time_0(Process* p, Term*) { return convert(p, erlang_monotonic_ns(), atoms::am_native); }
Term erl_monotonic_time_1(Process* p, Term* a) { return convert(p, erlang_monotonic_ns(), a[0]); }
Term erl_system_time_0(Process* p, Term*) { return convert(p, system_ns(), atoms::am_native); }
Term erl_system_time_1(Process* p, Term* a) { return convert(p, system_ns(), a[0]); }

// Units per second of the native and perf_counter units (erlang.erl's
// convert_time_unit/3 asks for them); os:perf_counter/0 counts in the
// latter.
Term erts_internal_time_unit_0(Process*, Term*) { return make_small(kNativeUnitsPerSecond); }
Term erts_internal_perf_counter_unit_0(Process*, Term*) { return make_small(kNativeUnitsPerSecond); }
Term os_perf_counter_0(Process* p, Term*) { return convert(p, monotonic_ns(), atoms::am_native); }

// erlang:time_offset/0,1: system time minus monotonic time.
Term erl_time_offset_0(Process* p, Term*) { return convert(p, system_ns() - erlang_monotonic_ns(), atoms::am_native); }
Term erl_time_offset_1(Process* p, Term* a) { return convert(p, system_ns() - erlang_monotonic_ns(), a[0]); }

namespace {
Term timestamp_of(Process* p, int64_t us) {
  return make_tuple3(p, make_small(us / 1000000000000), make_small(us / 1000000 % 1000000),
                     make_small(us % 1000000));
}
}  // namespace

// erlang:timestamp/0, os:timestamp/0: {MegaSecs, Secs, MicroSecs} of
// system time.
Term erl_timestamp_0(Process* p, Term*) { return timestamp_of(p, system_ns() / 1000); }

// erlang:now/0 (deprecated): like timestamp/0 but strictly increasing
// across the node, as erl guarantees.
Term erl_now_0(Process* p, Term*) {
  static std::atomic<int64_t> last{0};
  int64_t us = system_ns() / 1000;
  int64_t prev = last.load(std::memory_order_relaxed);
  int64_t next;
  do {
    next = us > prev ? us : prev + 1;
  } while (!last.compare_exchange_weak(prev, next, std::memory_order_relaxed));
  return timestamp_of(p, next);
}

// os:system_time/0,1: the same clock as erlang:system_time/0,1.
Term os_system_time_0(Process* p, Term* a) { return erl_system_time_0(p, a); }
Term os_system_time_1(Process* p, Term* a) { return erl_system_time_1(p, a); }

}  // namespace openbeam::bifs
