// Garbage collection on request: erlang:garbage_collect/0,1,2 (erlang.erl
// turns them into these calls).
#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {
bool gc_type(Term t) { return t == atoms::am_major || t == atoms::am_minor; }

// Collects a process that is switched out: its live x registers are the
// saved ones (a waiting process saved none).
void collect_switched_out(Process* t, Term type) {
  Term* regs = t->saved_x.get();
  Term none[1];
  t->x = regs ? regs : none;
  if (type == atoms::am_major) t->need_fullsweep = true;
  t->garbage_collect(0, t->arity);
  t->x = nullptr;
}
}  // namespace

// erts_internal:garbage_collect(major | minor): the calling process is
// collected right after this call (the interpreter's attention point); a
// minor collection becomes a major one when one is due (vm/gc.cpp).
Term erts_internal_garbage_collect_1(Process* p, Term* a) {
  if (!gc_type(a[0])) return badarg(p);
  if (a[0] == atoms::am_major) p->need_fullsweep = true;
  p->gc_requested = true;
  p->attention = true;
  return atoms::am_true;
}

// Whether `t` is executing, or has a return address or catch into, the old
// code of `module` (funs of the old code on its heap are not looked for).
static bool refers_to_old_code(Process* t, Term module) {
  if (!old_module(module)) return false;
  if (in_old_code(module, t->pc) || in_old_code(module, t->cp)) return true;
  for (const Word* w = t->stop; w < t->heap_end; w++) {
    if (in_old_code(module, reinterpret_cast<const Word*>(*w))) return true;
    Term c(*w);
    if (is_catch(c) && in_old_code(module, catch_target(c))) return true;
  }
  return false;
}

// erts_internal:request_system_task(Pid, Prio, {garbage_collect, ReqId,
// Type}): collects Pid and sends {garbage_collect, ReqId, Result} to the
// caller, Result false when Pid is not alive. Only the garbage_collect task
// exists here (check_process_code and the others come with code purging).
Term erts_internal_request_system_task_3(Process* p, Term* a) {
  Term pid = a[0], prio = a[1], req = a[2];
  if (!is_local_pid(pid)) return badarg(p);
  if (prio != atoms::am_inherit && prio != atoms::am_max && prio != atoms::am_high &&
      prio != atoms::am_normal && prio != atoms::am_low) {
    return badarg(p);
  }
  if (!is_tuple(req) || tuple_arity(req) != 3) return badarg(p);
  Term task = tuple_element(req, 1);
  Process* t = pid == p->pid ? p : lookup_process(pid);
  if (task == atoms::am_check_process_code && is_atom(tuple_element(req, 3))) {
    // {check_process_code, ReqId, Module}: whether Pid runs or will return
    // into Module's old code (false when it is not alive).
    bool refers = t && t->state != ProcState::kExiting && refers_to_old_code(t, tuple_element(req, 3));
    send_message(p, make_tuple3(p, task, tuple_element(req, 2), make_bool(refers)));
    return atoms::am_true;
  }
  if (task != atoms::am_garbage_collect || !gc_type(tuple_element(req, 3))) return badarg(p);
  Term result = atoms::am_false;
  if (t && t->state != ProcState::kExiting) {
    if (t == p) {
      if (tuple_element(req, 3) == atoms::am_major) p->need_fullsweep = true;
      p->gc_requested = true;
      p->attention = true;
    } else {
      collect_switched_out(t, tuple_element(req, 3));
    }
    result = atoms::am_true;
  }
  send_message(p, make_tuple3(p, atoms::am_garbage_collect, tuple_element(req, 2), result));
  return atoms::am_true;
}

}  // namespace openbeam::bifs
