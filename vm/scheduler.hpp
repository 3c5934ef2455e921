// The scheduler: run queues by priority, time slices counted in
// reductions, timers, and the loop that runs processes.
//
// One scheduler thread for now; the x and float registers belong to the
// scheduler (a process's live registers are saved in it while it is
// switched out), so adding schedulers means one Scheduler per thread with
// the process table, names and timers already behind locks
// (ARCHITECTURE invariant 8).
#pragma once

#include "vm/io_events.hpp"

#include <deque>
#include <vector>

#include "vm/process.hpp"
#include "vm/timers.hpp"

namespace openbeam::vm {

constexpr int kReductionsPerSlice = 4000;

// What spawn needs to know (erlang:spawn_opt/4's options).
struct SpawnOptions {
  bool link = false;
  bool monitor = false;
  Priority priority = Priority::kNormal;
  ProcessSettings settings = process_defaults();  // min_heap_size, fullsweep_after, ...
};

class Scheduler {
 public:
  Scheduler();
  Term x[kMaxXRegs];
  double fr[kMaxFRegs];
  Process* current = nullptr;
  Timers timers;
  // statistics/1: time slices run, reductions done by all processes.
  uint64_t context_switches = 0;
  int64_t reductions_done = 0;
  // Processes waiting in the run queues.
  size_t run_queue_length() const;

  // Queues `p` to run (no-op when it is already queued, running or exiting).
  void make_runnable(Process* p);
  // Creates a process that runs apply(Module, Function, Args).
  // Arguments are copied from `parent`. The new process is runnable; null
  // when the process table is full (system_limit).
  Process* spawn(Process* parent, Term module, Term function, Term args, const SpawnOptions& opts);

  // Runs processes until `main` has terminated (true) or nothing can run
  // any more: every process waits for a message and no timer is pending
  // (false: a deadlock).
  bool run_until_exit(Process* main);
  // Runs processes for ever (a booted system ends with erlang:halt/1,2).
  // With nothing to run it sleeps until a timer is due or I/O arrives.
  [[noreturn]] void run_forever();
  IoEvents io;

  // A receive timeout for the running process `p`, in milliseconds.
  void start_receive_timer(Process* p, int64_t ms);
  void cancel_receive_timer(Process* p);

  // A terminated process; freed once no scheduler structure refers to it.
  void retire(Process* p);

 private:
  Process* pick();
  void fire_timers();
  void run_one(Process* p);
  // One round: timers, I/O events, then one process if any can run.
  // False when nothing could run and nothing can ever wake a process.
  bool step();
  std::deque<Process*> queues_[4];
  unsigned low_skips_ = 0;
  std::vector<Process*> retired_;
  Process* main_ = nullptr;
};

Scheduler& scheduler();

// Who reports a process ended by an uncaught error ("Error in process ...
// with exit value: ..."): null prints it on stderr (bare mode); a booted
// system sends it to the system logger like ERTS.
using ProcessErrorReporter = void (*)(Process* p, Term reason);
ProcessErrorReporter& process_error_reporter();

// erlang:hibernate/3, at the interpreter's safe point after the BIF: drops
// the stack, shrinks the heap and makes `p` continue with apply(M, F, A)
// (x0..x2) once a message arrives.
void hibernate_process(Process* p);

}  // namespace openbeam::vm
