// erlang:process_info/1,2: what a process looks like from outside.
#include "bifs/bifs.hpp"
#include "vm/aliases.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/copy.hpp"
#include "vm/exceptions.hpp"
#include "vm/map_ops.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_get_0(Process* p, Term* a);

namespace {
Term pid_list(Process* p, const std::vector<Term>& v) { return make_list_from(p, v.data(), v.size()); }

// The stack trace of `t` as erl's current_stacktrace shows it (built by the
// exception machinery from the saved pc / continuation / stack).
Term stacktrace_of(Process* p, Process* t) {
  Term saved = t->exc_stacktrace;
  ExcClass saved_class = t->exc_class;
  build_stacktrace_from(t, t->pc, t->cp, t->stop, false);
  Term raw = t->exc_stacktrace;
  t->exc_stacktrace = saved;
  t->exc_class = saved_class;
  Term list = raw_trace_list(t, raw);
  return p == t ? list : copy_term(*p, list);
}

Term status_of(Process* p, Process* t) {
  if (t == p) return atoms::am_running;
  if (t->suspended && t->state != ProcState::kExiting) return atoms::am_suspended;
  switch (t->state) {
    case ProcState::kRunnable: return atoms::am_runnable;
    case ProcState::kWaiting: return atoms::am_waiting;
    case ProcState::kExiting: return atoms::am_exiting;
    default: return atoms::am_running;
  }
}

Term monitors_of(Process* p, Process* t) {
  std::vector<Term> items;
  for (const MonitorLink& m : t->monitors) {
    if (m.other == kNonValue) continue;
    Term what = m.name != kNonValue ? make_tuple2(p, m.name, atoms::am_nonode_nohost) : m.other;
    items.push_back(make_tuple2(p, is_local_port(m.other) ? atoms::am_port : atoms::am_process, what));
  }
  return pid_list(p, items);
}

// The value of one item, or kNonValue for an unknown item (badarg).
Term item_value(Process* p, Process* t, Term item) {
  if (item == atoms::am_registered_name) return t->registered_name == kNonValue ? make_nil() : t->registered_name;
  if (item == atoms::am_status) return status_of(p, t);
  if (item == atoms::am_message_queue_len) return make_small(int64_t(t->mq.size()));
  if (item == atoms::am_messages) {
    std::vector<Term> ms;
    t->mq.for_each([&](Term& m) { ms.push_back(p == t ? m : copy_term(*p, m)); });
    return pid_list(p, ms);
  }
  if (item == atoms::am_links) return pid_list(p, t->links);
  if (item == atoms::am_monitors) return monitors_of(p, t);
  if (item == atoms::am_monitored_by) {
    std::vector<Term> v;
    for (const MonitorLink& m : t->monitored_by) v.push_back(m.other);
    return pid_list(p, v);
  }
  if (item == atoms::am_dictionary) {
    Term d = erl_get_0(t, nullptr);
    return p == t ? d : copy_term(*p, d);
  }
  if (item == atoms::am_trap_exit) return make_bool(t->trap_exit);
  if (item == atoms::am_priority) {
    static const Term names[] = {atoms::am_max, atoms::am_high, atoms::am_normal, atoms::am_low};
    return names[unsigned(t->priority)];
  }
  if (item == atoms::am_reductions) return make_small(t->reductions);
  if (item == atoms::am_heap_size) return make_small(int64_t(t->heap_words()));
  if (item == atoms::am_total_heap_size) return make_small(int64_t(t->total_heap_words()));
  if (item == atoms::am_stack_size) return make_small(int64_t(t->heap_end - t->stop));
  if (item == atoms::am_memory) return make_small(int64_t(t->memory_bytes()));
  if (item == atoms::am_group_leader) return t->group_leader;
  if (item == atoms::am_initial_call) {
    if (t->initial_call[0] == kNonValue) return atoms::am_undefined;
    return make_tuple3(p, t->initial_call[0], t->initial_call[1], t->initial_call[2]);
  }
  if (item == atoms::am_current_stacktrace) return stacktrace_of(p, t);
  if (item == atoms::am_current_function && t->hibernated) {
    return make_tuple3(p, atoms::am_erlang, atoms::am_hibernate, make_small(3));
  }
  if (item == atoms::am_current_function) {
    Term st = stacktrace_of(p, t);
    if (!is_list(st)) return atoms::am_undefined;
    Term top = car(st);
    return make_tuple3(p, tuple_element(top, 1), tuple_element(top, 2), tuple_element(top, 3));
  }
  if (item == atoms::am_garbage_collection) {
    Term mhs = max_heap_map(p, t->settings);
    const ProcessSettings& s = t->settings;
    Term items[5] = {make_tuple2(p, atoms::am_max_heap_size, mhs),
                     make_tuple2(p, atoms::am_min_bin_vheap_size, make_small(int64_t(s.min_bin_vheap_size))),
                     make_tuple2(p, atoms::am_min_heap_size, make_small(int64_t(s.min_heap_size))),
                     make_tuple2(p, atoms::am_fullsweep_after, make_small(s.fullsweep_after)),
                     make_tuple2(p, atoms::am_minor_gcs, make_small(int64_t(t->minor_gcs)))};
    return make_list_from(p, items, 5);
  }
  if (item == atoms::am_max_heap_size) return max_heap_map(p, t->settings);
  if (item == atoms::am_message_queue_data) {
    return t->settings.off_heap_messages ? atoms::am_off_heap : atoms::am_on_heap;
  }
  return kNonValue;
}

// The live process `pid` names, after it handled the signals sent before
// (ERTS answers process_info through a signal too); null when dead.
Process* target_of(Process* p, Term pid) {
  if (pid == p->pid) return p;
  return process_after_signals(pid);
}
}  // namespace

Term erl_process_info_2(Process* p, Term* a) {
  if (!is_local_pid(a[0])) return badarg(p);
  Term spec = a[1];
  if (is_atom(spec)) {
    Process* t = target_of(p, a[0]);
    if (!t) return atoms::am_undefined;
    Term v = item_value(p, t, spec);
    if (v == kNonValue) return badarg(p);
    if (spec == atoms::am_registered_name && is_nil(v)) return v;
    return make_tuple2(p, spec, v);
  }
  std::vector<Term> items;
  for (Term l = spec; !is_nil(l); l = cdr(l)) {
    if (!is_list(l) || !is_atom(car(l))) return badarg(p);
    items.push_back(car(l));
  }
  Process* t = target_of(p, a[0]);
  if (!t) return atoms::am_undefined;
  std::vector<Term> out;
  for (Term it : items) {
    Term v = item_value(p, t, it);
    if (v == kNonValue) return badarg(p);
    out.push_back(make_tuple2(p, it, v));
  }
  return make_list_from(p, out.data(), out.size());
}

Term erl_process_info_1(Process* p, Term* a) {
  if (!is_local_pid(a[0])) return badarg(p);
  Process* t = target_of(p, a[0]);
  if (!t) return atoms::am_undefined;
  static const Term defaults[] = {atoms::am_current_function, atoms::am_initial_call,  atoms::am_status,
                                  atoms::am_message_queue_len, atoms::am_links,         atoms::am_dictionary,
                                  atoms::am_trap_exit,         atoms::am_priority,      atoms::am_group_leader,
                                  atoms::am_total_heap_size,   atoms::am_heap_size,     atoms::am_stack_size,
                                  atoms::am_reductions,        atoms::am_garbage_collection};
  std::vector<Term> out;
  if (t->registered_name != kNonValue) out.push_back(make_tuple2(p, atoms::am_registered_name, t->registered_name));
  for (Term it : defaults) out.push_back(make_tuple2(p, it, item_value(p, t, it)));
  return make_list_from(p, out.data(), out.size());
}

}  // namespace openbeam::bifs
