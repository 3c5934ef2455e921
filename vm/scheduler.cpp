#include "vm/scheduler.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <thread>

#include "vm/aliases.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/copy.hpp"
#include "vm/exceptions.hpp"
#include "vm/interp.hpp"
#include "vm/ports.hpp"
#include "vm/process_table.hpp"
#include "vm/signals.hpp"
#include "vm/term_write.hpp"

namespace openbeam::vm {

ProcessErrorReporter& process_error_reporter() {
  static ProcessErrorReporter r = nullptr;
  return r;
}

Scheduler& scheduler() {
  static Scheduler s;
  return s;
}

Scheduler::Scheduler() {
  for (auto& r : x) r = make_nil();
  for (auto& f : fr) f = 0.0;
}

void Scheduler::make_runnable(Process* p) {
  if (p->in_runq || p->state == ProcState::kExiting || p->state == ProcState::kRunning) return;
  p->state = ProcState::kRunnable;
  p->in_runq = true;
  queues_[unsigned(p->priority)].push_back(p);
}

namespace {
// A new process (and a woken hibernated one) starts here: erlang:apply(M,
// F, Args) through the call_apply instruction (so errors look like erl's),
// then process_exit when the call returns. erlang:spawn(Fun) is stock
// Erlang code spawning erlang:apply(Fun, []) this way.
const Word* apply_code() {
  static const Word code[6] = {
      reinterpret_cast<Word>(instr_handler(Instr::call_apply)),
      3,
      0,  // a plain call: returns to process_exit
      reinterpret_cast<Word>(export_entry(atoms::am_erlang, atoms::am_apply, 3)),
      0,
      reinterpret_cast<Word>(instr_handler(Instr::process_exit))};
  return code;
}
}  // namespace

Process* Scheduler::spawn(Process* parent, Term module, Term function, Term args,
                          const SpawnOptions& opts) {
  auto* np = new Process();
  if (!add_process(np)) {
    delete np;
    return nullptr;
  }
  np->settings = opts.settings;
  if (opts.settings.min_heap_size > np->heap_words()) np->collect_into(opts.settings.min_heap_size, 0);
  np->priority = opts.priority;
  np->group_leader = parent && parent->group_leader != kNonValue ? parent->group_leader : np->pid;
  Term regs[3] = {module, function, copy_term(*np, args)};
  np->initial_call[0] = module;
  np->initial_call[1] = function;
  int64_t n = 0;
  for (Term l = args; is_list(l); l = cdr(l)) n++;
  np->initial_call[2] = make_small(n);
  np->pc = apply_code();
  np->save_x(regs, 3);
  np->state = ProcState::kWaiting;
  make_runnable(np);
  return np;
}

size_t Scheduler::run_queue_length() const {
  size_t n = 0;
  for (const auto& q : queues_) n += q.size();
  return n;
}

void hibernate_process(Process* p) {
  p->hibernate_requested = false;
  p->hibernated = true;
  p->stop = p->heap_end;  // the stack and its catches are gone
  p->catches = 0;
  p->hibernate_heap(3);
  p->pc = apply_code();
  p->cp = nullptr;
  p->save_x(p->x, 3);
}

Process* Scheduler::pick() {
  for (;;) {
    std::deque<Process*>* q = nullptr;
    if (!queues_[0].empty()) {
      q = &queues_[0];
    } else if (!queues_[1].empty()) {
      q = &queues_[1];
    } else {
      // Low-priority processes run in the normal queue's turns, one in 8
      // when both have work (ERTS interleaves them similarly).
      bool normal = !queues_[2].empty(), low = !queues_[3].empty();
      if (!normal && !low) return nullptr;
      if (normal && (!low || low_skips_ < 8)) {
        q = &queues_[2];
        low_skips_++;
      } else {
        q = &queues_[3];
        low_skips_ = 0;
      }
    }
    Process* p = q->front();
    q->pop_front();
    p->in_runq = false;
    if (p->state == ProcState::kExiting) {
      retire(p);
      continue;
    }
    if (p->suspended) {
      // Parked (runnable, out of the queue) until resumed; exit signals
      // still reach it.
      if (!p->sigq.empty() && !handle_signals(p)) terminate_process(p, p->exit_reason);
      continue;
    }
    return p;
  }
}

void Scheduler::start_receive_timer(Process* p, int64_t ms) {
  TimerEntry t;
  t.kind = TimerEntry::Kind::kReceive;
  t.owner = p->pid;
  p->recv_timer = timers.add(std::move(t), ms);
  p->timed_out = false;
}

void Scheduler::cancel_receive_timer(Process* p) {
  if (p->recv_timer) timers.cancel(p->recv_timer);
  p->recv_timer = 0;
}

void Scheduler::fire_timers() {
  int64_t now = monotonic_ns();
  while (auto t = timers.pop_due(now)) {
    if (t->kind == TimerEntry::Kind::kReceive) {
      Process* p = lookup_process(t->owner);
      if (p && p->recv_timer == t->id) {
        p->recv_timer = 0;
        p->timed_out = true;
        if (p->state == ProcState::kWaiting) make_runnable(p);
      }
      continue;
    }
    if (t->kind == TimerEntry::Kind::kPort) {
      if (Port* port = lookup_port(t->owner)) port->driver->timeout(*port, t->id);
      continue;
    }
    Process* to = nullptr;
    if (is_atom(t->dest)) {
      Term pid = whereis_name(t->dest);
      if (pid != kNonValue) to = lookup_process(pid);
    } else {
      to = lookup_process(t->dest);
    }
    if (!to || to->state == ProcState::kExiting) continue;
    if (t->kind == TimerEntry::Kind::kSendAfter) {
      send_message(to, t->msg);
    } else {
      // {timeout, TimerRef, Msg}, built in the timer's arena, then sent.
      Term ref = stored_ref_term(*t->arena, t->ref);
      Word* hp = t->arena->alloc(4);
      hp[0] = make_header(Subtag::kTuple, 3);
      hp[1] = atoms::am_timeout.raw();
      hp[2] = ref.raw();
      hp[3] = t->msg.raw();
      send_message(to, make_boxed(hp));
    }
  }
}

void Scheduler::retire(Process* p) {
  p->state = ProcState::kExiting;
  if (p->in_runq || p == current) return;  // freed when it leaves the queue / CPU
  retired_.push_back(p);
}

void Scheduler::run_one(Process* p) {
  if (!p->sigq.empty() && !handle_signals(p)) {
    terminate_process(p, p->exit_reason);
    return;
  }
  current = p;
  p->state = ProcState::kRunning;
  p->hibernated = false;
  p->x = x;
  p->fr = fr;
  int64_t reds_before = p->reductions;
  RunResult r = run_process(p, kReductionsPerSlice);
  context_switches++;
  reductions_done += p->reductions - reds_before;
  p->x = nullptr;
  p->fr = nullptr;
  current = nullptr;
  switch (r) {
    case RunResult::kYield:
      p->state = ProcState::kRunnable;
      p->in_runq = true;
      queues_[unsigned(p->priority)].push_back(p);
      break;
    case RunResult::kWait:
      p->state = ProcState::kWaiting;
      // A timeout that fired, or signals that came in, while it ran; a
      // hibernating process wakes for any message.
      if (p->timed_out || !p->sigq.empty() || (p->hibernated && p->mq.size() > 0)) make_runnable(p);
      break;
    case RunResult::kExit:
      if (p->crashed && p->exc_class != ExcClass::kExit && p != main_) {
        // ERTS reports uncaught errors (not exits) through the logger when
        // one runs, else on stderr.
        if (process_error_reporter()) {
          process_error_reporter()(p, p->exit_reason);
        } else {
          std::string msg = "Error in process " + write_term(p->pid) + " with exit value:\n" +
                            write_term(p->exit_reason) + "\n\n";
          std::fwrite(msg.data(), 1, msg.size(), stderr);
        }
      }
      terminate_process(p, p->exit_reason);
      break;
  }
}

bool Scheduler::step() {
  fire_timers();
  if (io.has_pending()) io.run_pending();
  Process* p = pick();
  if (!p) {
    auto due = timers.next_due_ns();
    if (!due && io.sources.load() == 0) return false;
    io.wait(due ? std::max<int64_t>(*due - monotonic_ns(), 0) : -1);
    return true;
  }
  run_one(p);
  for (Process* r : retired_) {
    if (r != main_) delete r;
  }
  retired_.clear();
  return true;
}

bool Scheduler::run_until_exit(Process* main) {
  main_ = main;
  for (;;) {
    if (main->state == ProcState::kExiting) return true;
    if (!step()) return main->state == ProcState::kExiting;
  }
}

void Scheduler::run_forever() {
  for (;;) {
    if (!step()) io.wait(-1);  // like erl: nothing will ever happen again
  }
}

}  // namespace openbeam::vm
