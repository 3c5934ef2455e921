// Garbage collection on request and hibernation:
// erts_internal:garbage_collect/1, erts_internal:request_system_task/3,4
// (erlang:garbage_collect/1,2 of other processes), erlang:hibernate/3.
#include <algorithm>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {
// Collects a process that is not running: its saved x registers are roots.
void collect_suspended(Process* t) {
  Term* saved = t->x;
  t->x = t->saved_x.get();
  t->garbage_collect(0, t->arity);
  t->x = saved;
}
}  // namespace

// A native function called from the interpreter runs with nothing live in x
// registers after it returns (only its result), and the interpreter saved
// the stack pointer before the call: collecting here is safe.
Term erts_garbage_collect_1(Process* p, Term* a) {
  if (a[0] != atoms::am_major && a[0] != atoms::am_minor) return badarg(p);
  p->garbage_collect(0, 0);
  return atoms::am_true;
}

// request_system_task(Pid, Prio, {garbage_collect, ReqId, Type}): the
// answer {garbage_collect, ReqId, Done} comes as a message.
static Term system_task(Process* p, Term pid, Term prio, Term req) {
  if (!is_local_pid(pid) || !is_atom(prio)) return badarg(p);
  if (!is_tuple(req) || tuple_arity(req) != 3 || tuple_element(req, 1) != atoms::am_garbage_collect) {
    return badarg(p);
  }
  Term type = tuple_element(req, 3);
  if (type != atoms::am_major && type != atoms::am_minor) return badarg(p);
  bool done = false;
  if (pid == p->pid) {
    p->garbage_collect(0, 0);
    done = true;
  } else if (Process* t = lookup_process(pid); t && t->state != ProcState::kExiting) {
    collect_suspended(t);
    done = true;
  }
  send_message(p, make_tuple3(p, atoms::am_garbage_collect, tuple_element(req, 2), make_bool(done)));
  return atoms::am_ok;
}

Term erts_request_system_task_3(Process* p, Term* a) { return system_task(p, a[0], a[1], a[2]); }
Term erts_request_system_task_4(Process* p, Term* a) {
  if (!is_list(a[3]) && !is_nil(a[3])) return badarg(p);
  return system_task(p, a[0], a[1], a[2]);
}

// hibernate(M, F, A): the call stack is dropped, the heap shrunk to its
// live data, and the process waits for a message; then it calls M:F(A...)
// (returning from it ends the process).
Term erl_hibernate(Process* p, Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || list_length(a[2]) < 0) return badarg(p);
  Term mfa[3] = {a[0], a[1], a[2]};
  for (int i = 0; i < 3; i++) p->x[i] = mfa[i];
  p->stop = p->heap_end;
  p->catches = 0;
  p->garbage_collect(0, 3);
  // Like ERTS, the heap shrinks to exactly the live data.
  p->collect_into(std::max<size_t>(p->live_words(), 4), 3);
  p->save_x(p->x, 3);
  p->hibernated = true;
  p->pc = scheduler().apply_mfa_code();
  p->cp = nullptr;
  p->hibernating = true;
  p->attention = true;
  return atoms::am_true;
}

}  // namespace openbeam::bifs
