// Timers: erlang:send_after/3,4, start_timer/3,4, cancel_timer/1,2,
// read_timer/1,2 (vm/timers.cpp keeps them, vm/scheduler.cpp fires them).
#include "bifs/bifs.hpp"
#include "vm/aliases.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"
#include "vm/unique.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

// Options of send_after/4 and start_timer/4: [{abs, Bool}].
bool timer_abs_option(Term opts, bool* abs) {
  for (Term l = opts; !is_nil(l); l = cdr(l)) {
    if (!is_list(l)) return false;
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) != 2 || tuple_element(o, 1) != atoms::am_abs) return false;
    Term v = tuple_element(o, 2);
    if (v != atoms::am_true && v != atoms::am_false) return false;
    *abs = v == atoms::am_true;
  }
  return true;
}

Term start(Process* p, Term* a, TimerEntry::Kind kind, Term opts) {
  bool abs = false;
  if (opts != kNonValue && !timer_abs_option(opts, &abs)) return badarg(p);
  Term dest = a[1];
  if (!is_local_pid(dest) && !is_atom(dest)) return badarg(p);
  if (!is_small(a[0])) return badarg_cause(p, atoms::am_time);
  int64_t ms = small_value(a[0]);
  if (abs) {  // absolute: a time of erlang:monotonic_time(millisecond)
    int64_t now = erlang_monotonic_ns();
    ms -= now / 1000000 - (now % 1000000 < 0 ? 1 : 0);
  }
  else if (ms < 0 || ms > 0xFFFFFFFFll) return badarg_cause(p, atoms::am_time);
  if (ms < 0) ms = 0;
  Term ref = make_ref(*p);
  TimerEntry t;
  t.kind = kind;
  t.dest = dest;
  t.ref = store_ref(ref);
  t.arena = std::make_unique<TermArena>();
  t.msg = copy_term(*t.arena, a[2]);
  scheduler().timers.add(std::move(t), ms);
  return ref;
}

// cancel_timer/read_timer options: [{async, Bool}, {info, Bool}].
bool timer_options(Term opts, bool* async, bool* info) {
  for (Term l = opts; !is_nil(l); l = cdr(l)) {
    if (!is_list(l)) return false;
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) != 2) return false;
    Term k = tuple_element(o, 1), v = tuple_element(o, 2);
    if (v != atoms::am_true && v != atoms::am_false) return false;
    if (k == atoms::am_async) *async = v == atoms::am_true;
    else if (k == atoms::am_info) *info = v == atoms::am_true;
    else return false;
  }
  return true;
}

// cancel (or just read) the timer `ref`: remaining ms, or false.
Term timer_op(Process* p, Term ref, Term opts, bool cancel, Term tag) {
  bool async = false, info = true;
  if (!is_reference(ref)) return badarg(p);
  if (opts != kNonValue && !timer_options(opts, &async, &info)) return badarg(p);
  Timers& ts = scheduler().timers;
  Term result = atoms::am_false;
  if (auto id = ts.find(store_ref(ref))) {
    int64_t left = 0;
    bool ok = cancel ? ts.cancel(*id, &left) : ts.remaining(*id, &left);
    if (ok) result = make_small(left);
  }
  if (!async) return info ? result : atoms::am_ok;
  if (info) send_message(p, make_tuple3(p, tag, ref, result));
  return atoms::am_ok;
}
}  // namespace

Term erl_send_after_3(Process* p, Term* a) { return start(p, a, TimerEntry::Kind::kSendAfter, kNonValue); }
Term erl_send_after_4(Process* p, Term* a) { return start(p, a, TimerEntry::Kind::kSendAfter, a[3]); }
Term erl_start_timer_3(Process* p, Term* a) { return start(p, a, TimerEntry::Kind::kStartTimer, kNonValue); }
Term erl_start_timer_4(Process* p, Term* a) { return start(p, a, TimerEntry::Kind::kStartTimer, a[3]); }
Term erl_cancel_timer_1(Process* p, Term* a) { return timer_op(p, a[0], kNonValue, true, atoms::am_cancel_timer); }
Term erl_cancel_timer_2(Process* p, Term* a) { return timer_op(p, a[0], a[1], true, atoms::am_cancel_timer); }
Term erl_read_timer_1(Process* p, Term* a) { return timer_op(p, a[0], kNonValue, false, atoms::am_read_timer); }
Term erl_read_timer_2(Process* p, Term* a) { return timer_op(p, a[0], a[1], false, atoms::am_read_timer); }

}  // namespace openbeam::bifs
