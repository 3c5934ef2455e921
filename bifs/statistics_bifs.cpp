// erlang:statistics/1: reductions, runtime, wall clock, context switches,
// run queue and garbage collection figures of this VM.
#include <sys/resource.h>

#include <chrono>
#include <mutex>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/scheduler.hpp"
#include "vm/timers.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {
// ERTS keeps one "since the last call" value per item for the whole VM.
struct Since {
  std::mutex mu;
  int64_t reductions = 0;
  int64_t runtime_ms = 0;
  int64_t wall_ms = 0;
};
Since& since() {
  static Since s;
  return s;
}


int64_t cpu_ms() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  int64_t us = (int64_t(ru.ru_utime.tv_sec) + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
  return us / 1000;
}

Term int_term(Process* p, uint64_t v) {
  size_t used;
  return integer_from_int64(p->alloc(bignum_words(1)), int64_t(v), &used);
}

// {Total, SinceLastCall}, updating the stored value.
Term total_and_since(Process* p, int64_t total, int64_t Since::*field) {
  std::lock_guard<std::mutex> lock(since().mu);
  int64_t diff = total - since().*field;
  since().*field = total;
  return make_tuple2(p, int_term(p, uint64_t(total)), int_term(p, uint64_t(diff)));
}
}  // namespace

Term erl_statistics_1(Process* p, Term* a) {
  Term item = a[0];
  Scheduler& s = scheduler();
  if (!is_atom(item)) return badarg(p);
  std::string_view name = atom_text(item);
  if (name == "reductions" || name == "exact_reductions") {
    // Reductions of finished time slices (the running one is not counted).
    return total_and_since(p, s.reductions_done, &Since::reductions);
  }
  if (name == "runtime") return total_and_since(p, cpu_ms(), &Since::runtime_ms);
  if (name == "wall_clock") return total_and_since(p, (monotonic_ns() - vm_start_ns()) / 1000000, &Since::wall_ms);
  if (name == "context_switches") return make_tuple2(p, int_term(p, s.context_switches), make_small(0));
  if (name == "run_queue" || name == "total_run_queue_lengths" || name == "total_run_queue_lengths_all") {
    return make_small(int64_t(s.run_queue_length()));
  }
  if (name == "garbage_collection") {
    GcTotals g = gc_totals();
    return make_tuple3(p, int_term(p, g.collections), int_term(p, g.words_reclaimed), make_small(0));
  }
  return badarg(p);
}

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// erts_internal:scheduler_wall_time(Enable): switches the scheduler
// utilisation counters statistics(scheduler_wall_time) reports (the stock
// kernel_refc server calls it); returns the previous setting.
Term erts_internal_scheduler_wall_time_1(Process* p, Term* a) {
  static bool enabled = false;
  if (a[0] != atoms::am_true && a[0] != atoms::am_false) return badarg(p);
  Term old = make_bool(enabled);
  enabled = a[0] == atoms::am_true;
  return old;
}

}  // namespace openbeam::bifs
