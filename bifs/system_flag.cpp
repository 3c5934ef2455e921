// erlang:system_flag/2: VM-wide settings, each returning its old value.
//
//   system_logger            the process the VM sends its error reports to
//                            (logger by default; undefined drops them)
//   backtrace_depth          stack trace depth (kept; traces use 8 frames)
//   fullsweep_after, min_heap_size, min_bin_vheap_size, max_heap_size
//                            defaults for new processes
//   schedulers_online, dirty_cpu_schedulers_online
//                            one scheduler: only 1 is accepted
//   multi_scheduling         block/unblock: one scheduler, so `disabled`
//   scheduler_wall_time, microstate_accounting, time_offset,
//   trace_control_word, outstanding_system_requests_limit, erts_alloc
// Anything else is badarg, like an unknown flag in erl.
#include "bifs/bifs.hpp"
#include "bifs/system_flags.hpp"
#include "vm/atom_table.hpp"
#include "vm/process.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {
struct Flags {
  Term system_logger = kNonValue;  // kNonValue: the default, logger
  int64_t backtrace_depth = 8;
  int64_t trace_control_word = 0;
  int64_t outstanding_requests = 2;  // ERTS: twice the number of schedulers
  bool scheduler_wall_time = false;
};
Flags& flags() {
  static Flags f;
  return f;
}
}  // namespace

Term system_logger() {
  Term l = flags().system_logger;
  return l == kNonValue ? atom("logger") : l;
}

int64_t outstanding_system_requests_limit() { return flags().outstanding_requests; }

Term erl_system_flag_2(Process* p, Term* a) {
  Term flag = a[0], v = a[1];
  Flags& f = flags();
  auto small_at_least = [](Term t, int64_t lo) { return is_small(t) && small_value(t) >= lo; };
  if (flag == atom("system_logger")) {
    if (!is_local_pid(v) && v != atom("logger") && v != atoms::am_undefined) return badarg(p);
    Term old = system_logger();
    f.system_logger = v;
    return old;
  }
  if (flag == atom("backtrace_depth")) {
    if (!small_at_least(v, 0)) return badarg(p);
    Term old = make_small(f.backtrace_depth);
    f.backtrace_depth = std::min<int64_t>(small_value(v), 255);
    return old;
  }
  if (flag == atoms::am_fullsweep_after || flag == atoms::am_min_heap_size || flag == atoms::am_min_bin_vheap_size) {
    Term old = set_gc_setting(&process_defaults(), flag, v);
    return old == kNonValue ? badarg(p) : old;
  }
  if (flag == atoms::am_max_heap_size) {
    Term old = max_heap_map(p, process_defaults());
    if (!parse_max_heap(v, &process_defaults())) return badarg(p);
    return old;
  }
  if (flag == atom("schedulers_online") || flag == atom("dirty_cpu_schedulers_online")) {
    if (!is_small(v) || small_value(v) != 1) return badarg(p);
    return make_small(1);
  }
  if (flag == atom("multi_scheduling")) {
    if (v != atom("block") && v != atom("unblock") && v != atom("block_normal") && v != atom("unblock_normal")) {
      return badarg(p);
    }
    return atom("disabled");
  }
  if (flag == atom("scheduler_wall_time")) {
    if (v != atoms::am_true && v != atoms::am_false) return badarg(p);
    Term old = make_bool(f.scheduler_wall_time);
    f.scheduler_wall_time = v == atoms::am_true;
    return old;
  }
  if (flag == atom("microstate_accounting")) {
    if (v != atoms::am_true && v != atoms::am_false && v != atom("reset")) return badarg(p);
    return atoms::am_false;
  }
  if (flag == atom("time_offset")) {
    if (v != atom("finalize")) return badarg(p);
    return atom("final");
  }
  if (flag == atom("trace_control_word")) {
    if (!small_at_least(v, 0) || small_value(v) > 0xFFFFFFFFLL) return badarg(p);
    Term old = make_small(f.trace_control_word);
    f.trace_control_word = small_value(v);
    return old;
  }
  if (flag == atom("outstanding_system_requests_limit")) {
    if (!small_at_least(v, 1) || small_value(v) > 0x7FFFFFFF) return badarg(p);
    Term old = make_small(f.outstanding_requests);
    f.outstanding_requests = small_value(v);
    return old;
  }
  if (flag == atom("erts_alloc")) return atoms::am_ok;
  return badarg(p);
}

}  // namespace openbeam::bifs
