// Processes: spawn, links, exit signals, monitors, aliases, names,
// process flags (vm/signals.cpp and vm/scheduler.cpp do the work).
#include <algorithm>
#include <string>
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/aliases.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/map_ops.hpp"
#include "vm/ports.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"
#include "vm/suspend.hpp"
#include "vm/term_write.hpp"
#include "vm/unique.hpp"

namespace openbeam::bifs {

using namespace vm;

Term max_heap_map(Process* p, const ProcessSettings& s) {
  return map_from_pairs(*p, {{atoms::am_error_logger, make_bool(s.max_heap_log)},
                             {atoms::am_kill, make_bool(s.max_heap_kill)},
                             {atoms::am_size, make_small(int64_t(s.max_heap_size))}});
}

namespace {

// Spawns M:F(Args); nullptr (badarg or system_limit raised) on failure.
Process* spawn_checked(Process* p, Term* a, const SpawnOptions& o) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || list_length(a[2]) < 0) {
    badarg(p);
    return nullptr;
  }
  Process* np = scheduler().spawn(p, a[0], a[1], a[2], o);
  if (!np) raise_error(p, atoms::am_system_limit);
  return np;
}

bool parse_priority(Term t, Priority* out) {
  if (t == atoms::am_max) *out = Priority::kMax;
  else if (t == atoms::am_high) *out = Priority::kHigh;
  else if (t == atoms::am_normal) *out = Priority::kNormal;
  else if (t == atoms::am_low) *out = Priority::kLow;
  else return false;
  return true;
}
Term priority_atom(Priority pr) {
  switch (pr) {
    case Priority::kMax: return atoms::am_max;
    case Priority::kHigh: return atoms::am_high;
    case Priority::kLow: return atoms::am_low;
    default: return atoms::am_normal;
  }
}

}  // namespace

// Sets a GC/message-queue setting shared by spawn_opt/4 and process_flag/2;
// returns the old value, or kNonValue for a bad value.
Term set_gc_setting(ProcessSettings* s, Term key, Term v) {
  if (key == atoms::am_message_queue_data) {
    Term old = s->off_heap_messages ? atoms::am_off_heap : atoms::am_on_heap;
    if (v == atoms::am_off_heap) s->off_heap_messages = true;
    else if (v == atoms::am_on_heap) s->off_heap_messages = false;
    else return kNonValue;
    return old;
  }
  if (!is_small(v) || small_value(v) < 0) return kNonValue;
  size_t n = size_t(small_value(v));
  if (key == atoms::am_fullsweep_after) {
    Term old = make_small(s->fullsweep_after);
    s->fullsweep_after = int64_t(n);
    return old;
  }
  // Sizes are rounded up along ERTS's heap size series, with ERTS's minimums.
  size_t& field = key == atoms::am_min_heap_size ? s->min_heap_size : s->min_bin_vheap_size;
  size_t floor = key == atoms::am_min_heap_size ? ProcessSettings{}.min_heap_size : ProcessSettings{}.min_bin_vheap_size;
  Term old = make_small(int64_t(field));
  field = n < floor ? floor : next_heap_size(n);
  return old;
}

// max_heap_size: N or #{size => N, kill => Bool, error_logger => Bool}
// (missing keys keep their value); N is 0 (no limit) or at least the
// minimum heap size, like ERTS. False for anything else.
bool parse_max_heap(Term v, ProcessSettings* s) {
  ProcessSettings n = *s;
  Term size = kNonValue;
  if (is_small(v)) {
    size = v;
  } else if (is_map(v)) {
    for (auto& [k, x] : map_pairs(v)) {
      if (k == atoms::am_size) {
        size = x;
      } else if (k == atoms::am_kill || k == atoms::am_error_logger) {
        if (x != atoms::am_true && x != atoms::am_false) return false;
        (k == atoms::am_kill ? n.max_heap_kill : n.max_heap_log) = x == atoms::am_true;
      } else {
        return false;
      }
    }
  } else {
    return false;
  }
  if (size != kNonValue) {
    if (!is_small(size) || small_value(size) < 0) return false;
    size_t words = size_t(small_value(size));
    if (words != 0 && words < n.min_heap_size) return false;
    n.max_heap_size = words;
  }
  *s = n;
  return true;
}

namespace {

// A monitor's {tag, T}: kept with the monitor (in its own arena unless
// immediate) until the DOWN message is built.
void set_monitor_tag(MonitorLink& m, Term tag) {
  if (tag == kNonValue) return;
  if (is_immed(tag)) {
    m.tag = tag;
    return;
  }
  auto arena = std::make_shared<TermArena>();
  m.tag = copy_term(*arena, tag);
  m.tag_arena = arena;
}

// Sets up a monitor from `origin` on `target` (alive); returns its ref.
Term add_monitor(Process* origin, Process* target, Term name, Term tag, AliasMode alias, bool has_alias) {
  Term ref = make_ref(*origin);
  MonitorLink m;
  m.ref = store_ref(ref);
  m.other = target->pid;
  m.name = name;
  set_monitor_tag(m, tag);
  m.alias = has_alias;
  if (has_alias) add_alias(m.ref, origin->pid, alias);
  origin->monitors.push_back(m);
  MonitorLink t = m;
  t.other = origin->pid;
  target->monitored_by.push_back(t);
  return ref;
}

// A monitor on something that does not exist: DOWN with noproc at once.
Term noproc_monitor(Process* origin, Term item, Term tag, AliasMode alias, bool has_alias, bool port = false) {
  Term ref = make_ref(*origin);
  MonitorLink m;
  m.ref = store_ref(ref);
  m.other = kNonValue;
  if (tag != kNonValue && is_immed(tag)) m.tag = tag;
  m.alias = has_alias;
  if (has_alias) add_alias(m.ref, origin->pid, alias);
  origin->monitors.push_back(m);
  Signal s;
  s.kind = Signal::Kind::kDown;
  s.port = port;
  s.ref = m.ref;
  s.tag = tag == kNonValue ? kNonValue : tag;
  s.item = item;
  s.data = atoms::am_noproc;
  origin->sigq.push_back(s);
  return ref;
}

// ERTS creates no monitor when a process monitors itself: the reference
// is returned (and is an alias when asked for), demonitor finds nothing.
Term self_monitor(Process* p, AliasMode alias, bool has_alias) {
  Term ref = make_ref(*p);
  if (has_alias) add_alias(store_ref(ref), p->pid, alias);
  return ref;
}

// Parses monitor/3 options: [{alias, Mode}, {tag, T}].
bool monitor_options(Term opts, Term* tag, AliasMode* mode, bool* alias) {
  for (Term l = opts; !is_nil(l); l = cdr(l)) {
    if (!is_list(l)) return false;
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) != 2) return false;
    Term k = tuple_element(o, 1), v = tuple_element(o, 2);
    if (k == atoms::am_alias) {
      *alias = true;
      if (v == atoms::am_explicit_unalias) *mode = AliasMode::kExplicitUnalias;
      else if (v == atoms::am_demonitor) *mode = AliasMode::kDemonitor;
      else if (v == atoms::am_reply_demonitor) *mode = AliasMode::kReplyDemonitor;
      else return false;
    } else if (k == atoms::am_tag) {
      *tag = v;
    } else {
      return false;
    }
  }
  return true;
}

// monitor(port, Port | Name): DOWN ('port' type) when the port closes.
Term monitor_port(Process* p, Term item, Term tag, AliasMode mode, bool alias) {
  if (!is_local_port(item) && !is_atom(item)) return badarg(p);
  Term name = kNonValue, id = item;
  if (is_atom(item)) {
    name = item;
    id = whereis_name(item);
  }
  Port* port = id == kNonValue ? nullptr : lookup_port(id);
  if (!port) {
    Term what = name == kNonValue ? item : make_tuple2(p, name, atoms::am_nonode_nohost);
    return noproc_monitor(p, what, tag, mode, alias, true);
  }
  Term ref = make_ref(*p);
  MonitorLink m;
  m.ref = store_ref(ref);
  m.other = port->id;
  m.name = name;
  set_monitor_tag(m, tag);
  m.alias = alias;
  if (alias) add_alias(m.ref, p->pid, mode);
  p->monitors.push_back(m);
  m.other = p->pid;
  port->monitored_by.push_back(m);
  return ref;
}

Term do_monitor(Process* p, Term type, Term item, Term opts) {
  Term tag = kNonValue;
  AliasMode mode = AliasMode::kExplicitUnalias;
  bool alias = false;
  if (opts != kNonValue && !monitor_options(opts, &tag, &mode, &alias)) return badarg_cause(p, atoms::am_badopt);
  if (type == atoms::am_port) return monitor_port(p, item, tag, mode, alias);
  if (type != atoms::am_process) {
    // time_offset monitors are not implemented: a plain badarg.
    if (type == atoms::am_time_offset) return badarg(p);
    return badarg_cause(p, atoms::am_badtype);
  }
  if (is_local_pid(item)) {
    Process* t = lookup_process(item);
    if (!t || t->state == ProcState::kExiting) return noproc_monitor(p, item, tag, mode, alias);
    if (t == p) return self_monitor(p, mode, alias);
    return add_monitor(p, t, kNonValue, tag, mode, alias);
  }
  Term name = item, node = atoms::am_nonode_nohost;
  if (is_tuple(item) && tuple_arity(item) == 2) {
    name = tuple_element(item, 1);
    node = tuple_element(item, 2);
  }
  if (!is_atom(name) || !is_atom(node) || node != atoms::am_nonode_nohost) return badarg(p);
  Term pid = whereis_name(name);
  Process* t = pid == kNonValue ? nullptr : lookup_process(pid);
  if (!t) return noproc_monitor(p, make_tuple2(p, name, node), tag, mode, alias);
  if (t == p) return self_monitor(p, mode, alias);
  return add_monitor(p, t, name, tag, mode, alias);
}

// Removes p's monitor `ref`; true when it was active.
bool remove_monitor(Process* p, Term ref) {
  StoredRef r = store_ref(ref);
  auto it = std::find_if(p->monitors.begin(), p->monitors.end(), [&](const MonitorLink& m) { return m.ref == r; });
  if (it == p->monitors.end()) return false;
  if (it->alias) remove_alias(it->ref);
  if (Process* t = it->other == kNonValue ? nullptr : lookup_process(it->other)) {
    auto& v = t->monitored_by;
    v.erase(std::remove_if(v.begin(), v.end(), [&](const MonitorLink& m) { return m.ref == r; }), v.end());
  }
  if (Port* port = is_local_port(it->other) ? lookup_port(it->other) : nullptr) {
    auto& v = port->monitored_by;
    v.erase(std::remove_if(v.begin(), v.end(), [&](const MonitorLink& m) { return m.ref == r; }), v.end());
  }
  bool active = true;
  // A pending DOWN signal (noproc or a terminated target) makes it inactive.
  for (const Signal& s : p->sigq) {
    if (s.kind == Signal::Kind::kDown && s.ref == r) active = false;
  }
  p->monitors.erase(it);
  return active;
}

// Removes a DOWN message for `ref` from the message queue.
bool flush_down(Process* p, Term ref) {
  handle_signals(p);
  for (Message* m = p->mq.first(); m; m = m->next) {
    Term t = m->term;
    if (is_tuple(t) && tuple_arity(t) == 5 &&
        (tuple_element(t, 3) == atoms::am_process || tuple_element(t, 3) == atoms::am_port) &&
        is_reference(tuple_element(t, 2)) && store_ref(tuple_element(t, 2)) == store_ref(ref)) {
      p->mq.remove_message(m);
      return true;
    }
  }
  return false;
}
}  // namespace

Term erl_spawn_3(Process* p, Term* a) {
  Process* np = spawn_checked(p, a, SpawnOptions{});
  return np ? np->pid : kNonValue;
}

// erts_internal:spawn_system_process/3: a process init:restart/0 leaves
// alone (prim_file's helper, socket_registry, ...).
Term erts_internal_spawn_system_process_3(Process* p, Term* a) {
  Process* np = spawn_checked(p, a, SpawnOptions{});
  if (!np) return kNonValue;
  np->system_process = true;
  return np->pid;
}

Term erts_internal_is_system_process_1(Process* p, Term* a) {
  if (!is_local_pid(a[0])) return badarg(p);
  Process* t = a[0] == p->pid ? p : lookup_process(a[0]);
  return make_bool(t && t->system_process);
}

Term erl_spawn_link_3(Process* p, Term* a) {
  Process* np = spawn_checked(p, a, SpawnOptions{});
  if (!np) return kNonValue;
  link_processes(p, np);
  return np->pid;
}

namespace {

// spawn_opt/4's and spawn_request's option list. `extra` takes the options
// only spawn_request knows ({reply_tag, T}, {reply, R}); returns false for
// an option nobody knows. kNonValue: fine; am_badarg: not a proper list;
// am_badopt: a bad option.
template <class Extra>
Term parse_spawn_options(Term list, SpawnOptions* o, Term* mon_opts, Extra extra) {
  Term bad = kNonValue;
  Term l = list;
  for (; is_list(l); l = cdr(l)) {
    Term t = car(l);
    if (t == atoms::am_link) {
      o->link = true;
    } else if (t == atoms::am_monitor) {
      o->monitor = true;
    } else if (is_tuple(t) && tuple_arity(t) == 2) {
      Term k = tuple_element(t, 1), v = tuple_element(t, 2);
      if (k == atoms::am_priority) {
        if (!parse_priority(v, &o->priority)) bad = atoms::am_badopt;
      } else if (k == atoms::am_monitor) {
        o->monitor = true;
        *mon_opts = v;
      } else if (k == atoms::am_min_heap_size || k == atoms::am_min_bin_vheap_size ||
                 k == atoms::am_fullsweep_after || k == atoms::am_message_queue_data) {
        if (set_gc_setting(&o->settings, k, v) == kNonValue) bad = atoms::am_badopt;
      } else if (k == atoms::am_max_heap_size) {
        if (!parse_max_heap(v, &o->settings)) bad = atoms::am_badopt;
      } else if (!extra(k, v)) {
        bad = atoms::am_badopt;
      }
    } else {
      bad = atoms::am_badopt;
    }
  }
  if (!is_nil(l)) return atoms::am_badarg;
  return bad;
}

}  // namespace

Term erl_spawn_opt_4(Process* p, Term* a) {
  SpawnOptions o;
  Term mon_opts = kNonValue;
  Term err = parse_spawn_options(a[3], &o, &mon_opts, [](Term, Term) { return false; });
  if (err == atoms::am_badarg) return badarg(p);
  if (err != kNonValue) return badarg_cause(p, atoms::am_badopt);
  if (!is_atom(a[0]) || !is_atom(a[1]) || list_length(a[2]) < 0) return badarg(p);
  Term tag = kNonValue;
  AliasMode mode = AliasMode::kExplicitUnalias;
  bool alias = false;
  if (mon_opts != kNonValue && !monitor_options(mon_opts, &tag, &mode, &alias)) return badarg_cause(p, atoms::am_badopt);
  Process* np = scheduler().spawn(p, a[0], a[1], a[2], o);
  if (!np) return raise_error(p, atoms::am_system_limit);
  if (o.link) link_processes(p, np);
  if (!o.monitor) return np->pid;
  Term ref = add_monitor(p, np, kNonValue, tag, mode, alias);
  return make_tuple2(p, np->pid, ref);
}

// erts_internal:spawn_request(M, F, Args, Opts): the local spawn_request/4,5.
// Returns the request id (the monitor's reference with `monitor`) and sends
// {ReplyTag, ReqId, ok, Pid} or {ReplyTag, ReqId, error, Reason} as the
// `reply` option asks; the atoms badarg/badopt tell erlang.erl to raise.
// A local request is answered at once, so the reply always precedes any
// exit or DOWN signal from the new process.
Term erts_internal_spawn_request_4(Process* p, Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || list_length(a[2]) < 0) return atoms::am_badarg;
  SpawnOptions o;
  Term mon_opts = kNonValue;
  Term reply_tag = atoms::am_spawn_reply, reply = atoms::am_yes;
  Term err = parse_spawn_options(a[3], &o, &mon_opts, [&](Term k, Term v) {
    if (k == atoms::am_reply_tag) {
      reply_tag = v;
      return true;
    }
    if (k == atoms::am_reply && (v == atoms::am_yes || v == atoms::am_no || v == atoms::am_error_only ||
                                 v == atoms::am_success_only)) {
      reply = v;
      return true;
    }
    return false;
  });
  if (err == atoms::am_badarg) return atoms::am_badopt;  // not a proper list
  Term tag = kNonValue;
  AliasMode mode = AliasMode::kExplicitUnalias;
  bool alias = false;
  if (err == kNonValue && mon_opts != kNonValue && !monitor_options(mon_opts, &tag, &mode, &alias)) {
    err = atoms::am_badopt;
  }
  Process* np = nullptr;
  if (err == kNonValue) {
    np = scheduler().spawn(p, a[0], a[1], a[2], o);
    if (!np) err = atoms::am_system_limit;
  }
  if (err != kNonValue) {
    Term ref = make_ref(*p);
    if (reply == atoms::am_yes || reply == atoms::am_error_only) {
      send_message(p, make_tuple4(p, reply_tag, ref, atoms::am_error, err));
    }
    return ref;
  }
  Term ref = o.monitor ? add_monitor(p, np, kNonValue, tag, mode, alias) : make_ref(*p);
  if (reply == atoms::am_yes || reply == atoms::am_success_only) {
    send_message(p, make_tuple4(p, reply_tag, ref, atoms::am_ok, np->pid));
  }
  if (o.link) link_processes(p, np);
  return ref;
}

// erts_internal:suspend_process(Pid, Opts): suspends at once (one
// scheduler: the target is not running), so the result comes back directly
// rather than as a {Ref, Result} message; {asynchronous, Tag} also sends
// {Tag, suspended | not_suspended | badarg}. Atoms badarg/badopt make erlang.erl raise.
Term erts_internal_suspend_process_2(Process* p, Term* a) {
  bool async = false, unless = false;
  Term reply_tag = kNonValue;
  Term l = a[1];
  for (; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (o == atoms::am_asynchronous) {
      async = true;
    } else if (o == atoms::am_unless_suspending) {
      unless = true;
    } else if (is_tuple(o) && tuple_arity(o) == 2 && tuple_element(o, 1) == atoms::am_asynchronous) {
      async = true;
      reply_tag = tuple_element(o, 2);
    } else {
      return atoms::am_badopt;
    }
  }
  if (!is_nil(l)) return atoms::am_badopt;
  if (!is_local_pid(a[0]) || a[0] == p->pid) return atoms::am_badarg;
  Process* t = lookup_process(a[0]);
  if (t && !t->sigq.empty() && t->state != ProcState::kExiting && !handle_signals(t)) {
    terminate_process(t, t->exit_reason);
  }
  if (!t || t->state == ProcState::kExiting) {
    if (!async) return atoms::am_badarg;
    // erl answers an asynchronous request for a dead process with badarg.
    if (reply_tag != kNonValue) send_message(p, make_tuple2(p, reply_tag, atoms::am_badarg));
    return atoms::am_true;
  }
  bool done = suspend_process(p, t, unless);
  if (reply_tag != kNonValue) {
    send_message(p, make_tuple2(p, reply_tag, done ? atoms::am_suspended : atoms::am_not_suspended));
  }
  return make_bool(done);
}

// erlang:resume_process(Pid): undoes one suspend_process by this process.
Term erl_resume_process_1(Process* p, Term* a) {
  if (!is_local_pid(a[0])) return badarg(p);
  Process* t = lookup_process(a[0]);
  if (!t || t->state == ProcState::kExiting || !resume_process(p, t)) return badarg(p);
  return atoms::am_true;
}

// Local requests are answered when made: none is ever outstanding.
Term erl_spawn_request_abandon_1(Process* p, Term* a) {
  if (!is_reference(a[0])) return badarg(p);
  return atoms::am_false;
}

Term erl_link(Process* p, Term* a) {
  if (is_local_port(a[0])) {
    Port* port = lookup_port(a[0]);
    if (port) {
      link_port(p, port);
    } else if (!p->trap_exit) {
      return raise_error(p, atoms::am_noproc);
    } else {
      p->mq.push(make_tuple3(p, atoms::am_EXIT, a[0], atoms::am_noproc));
    }
    return atoms::am_true;
  }
  if (!is_local_pid(a[0])) return badarg(p);
  if (a[0] == p->pid) return atoms::am_true;
  Process* t = lookup_process(a[0]);
  if (!t || t->state == ProcState::kExiting) {
    if (!p->trap_exit) return raise_error(p, atoms::am_noproc);
    p->mq.push(make_tuple3(p, atoms::am_EXIT, a[0], atoms::am_noproc));
    return atoms::am_true;
  }
  link_processes(p, t);
  return atoms::am_true;
}

Term erl_unlink(Process* p, Term* a) {
  if (is_local_port(a[0])) {
    if (Port* port = lookup_port(a[0])) unlink_port(p, port);
    else p->links.erase(std::remove(p->links.begin(), p->links.end(), a[0]), p->links.end());
    return atoms::am_true;
  }
  if (!is_local_pid(a[0])) return badarg(p);
  unlink_processes(p, a[0]);
  return atoms::am_true;
}

Term erl_exit_2(Process* p, Term* a) {
  if (is_local_port(a[0])) {
    // Any reason closes the port (kill as killed), from any process, like
    // ERTS; the forker port ignores exit signals.
    Port* port = lookup_port(a[0]);
    if (!port || port->immortal) return atoms::am_true;
    close_port(port, a[1] == atoms::am_kill ? atoms::am_killed : a[1]);
    p->attention = true;  // an exit signal back to a linked caller is handled right after
    return atoms::am_true;
  }
  if (!is_local_pid(a[0])) return badarg(p);
  Process* t = lookup_process(a[0]);
  if (!t || t->state == ProcState::kExiting) return atoms::am_true;
  send_exit_signal(t, p->pid, a[1], false);
  if (t == p) p->attention = true;  // handled right after this call, like ERTS
  return atoms::am_true;
}

Term erl_monitor_2(Process* p, Term* a) { return do_monitor(p, a[0], a[1], kNonValue); }
Term erl_monitor_3(Process* p, Term* a) { return do_monitor(p, a[0], a[1], a[2]); }

Term erl_demonitor_1(Process* p, Term* a) {
  if (!is_reference(a[0])) return badarg(p);
  remove_monitor(p, a[0]);
  return atoms::am_true;
}

Term erl_demonitor_2(Process* p, Term* a) {
  if (!is_reference(a[0])) return badarg(p);
  bool flush = false, info = false;
  for (Term l = a[1]; !is_nil(l); l = cdr(l)) {
    if (!is_list(l)) return badarg(p);
    if (car(l) == atoms::am_flush) flush = true;
    else if (car(l) == atoms::am_info) info = true;
    else return badarg(p);
  }
  bool active = remove_monitor(p, a[0]);
  bool flushed = false;
  if (flush) flushed = flush_down(p, a[0]);
  if (!info) return atoms::am_true;
  (void)flushed;
  return make_bool(active);
}

Term erl_alias_1(Process* p, Term* a) {
  AliasMode mode = AliasMode::kExplicitUnalias;
  for (Term l = a[0]; !is_nil(l); l = cdr(l)) {
    if (!is_list(l)) return badarg(p);
    if (car(l) == atoms::am_explicit_unalias) mode = AliasMode::kExplicitUnalias;
    else if (car(l) == atoms::am_reply) mode = AliasMode::kReply;
    else return badarg(p);
  }
  Term ref = make_ref(*p);
  add_alias(store_ref(ref), p->pid, mode);
  return ref;
}

Term erl_unalias(Process* p, Term* a) {
  if (!is_reference(a[0])) return badarg(p);
  StoredRef r = store_ref(a[0]);
  bool was = remove_alias(r, p->pid);
  for (MonitorLink& m : p->monitors) {
    if (m.ref == r) m.alias = false;
  }
  return make_bool(was);
}

Term erl_register(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  if (a[0] == atoms::am_undefined) return badarg_cause(p, atoms::am_none);
  if (!is_local_pid(a[1])) return badarg(p);
  Process* t = lookup_process(a[1]);
  if (!t || t->state == ProcState::kExiting) return badarg_cause(p, atoms::am_noproc);
  if (!register_name(a[0], t)) return badarg_cause(p, atoms::am_registered_name);
  return atoms::am_true;
}

Term erl_unregister(Process* p, Term* a) {
  if (!is_atom(a[0]) || !unregister_name(a[0])) return badarg(p);
  return atoms::am_true;
}

Term erl_whereis(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  Term pid = whereis_name(a[0]);
  return pid == kNonValue ? atoms::am_undefined : pid;
}

Term erl_registered(Process* p, Term*) {
  auto names = registered_names();
  return make_list_from(p, names.data(), names.size());
}

Term erl_is_process_alive(Process* p, Term* a) {
  if (!is_local_pid(a[0])) return badarg(p);
  if (a[0] == p->pid) return atoms::am_true;
  // Like ERTS, the answer comes after the target handled earlier signals.
  return make_bool(process_after_signals(a[0]) != nullptr);
}

Term erl_processes(Process* p, Term*) {
  auto pids = all_pids();
  return make_list_from(p, pids.data(), pids.size());
}

Term erl_process_flag(Process* p, Term* a) {
  Term flag = a[0], v = a[1];
  if (flag == atoms::am_trap_exit) {
    if (v != atoms::am_true && v != atoms::am_false) return badarg(p);
    Term old = make_bool(p->trap_exit);
    p->trap_exit = v == atoms::am_true;
    return old;
  }
  if (flag == atoms::am_priority) {
    Priority pr;
    if (!parse_priority(v, &pr)) return badarg(p);
    Term old = priority_atom(p->priority);
    p->priority = pr;
    return old;
  }
  if (flag == atoms::am_min_heap_size || flag == atoms::am_min_bin_vheap_size ||
      flag == atoms::am_fullsweep_after || flag == atoms::am_message_queue_data) {
    Term old = set_gc_setting(&p->settings, flag, v);
    return old == kNonValue ? badarg(p) : old;
  }
  if (flag == atoms::am_max_heap_size) {
    Term old = max_heap_map(p, p->settings);
    if (!parse_max_heap(v, &p->settings)) return badarg(p);
    return old;
  }
  if (flag == atoms::am_sensitive) {
    if (v != atoms::am_true && v != atoms::am_false) return badarg(p);
    Term old = make_bool(p->settings.sensitive);
    p->settings.sensitive = v == atoms::am_true;
    return old;
  }
  if (flag == atoms::am_error_handler) {
    if (!is_atom(v)) return badarg(p);
    Term old = p->error_handler == kNonValue ? atoms::am_error_handler : p->error_handler;
    p->error_handler = v;
    return old;
  }
  if (flag == atoms::am_monitor_nodes ||
      (is_tuple(flag) && tuple_arity(flag) == 2 && tuple_element(flag, 1) == atoms::am_monitor_nodes)) {
    // Node monitors: without distribution no node ever goes up or down, so
    // only the count erl returns (the monitors before this call) is kept.
    if (v != atoms::am_true && v != atoms::am_false) return badarg(p);
    Term old = make_small(p->node_monitors);
    if (v == atoms::am_true) p->node_monitors++;
    else p->node_monitors = 0;
    return old;
  }
  return badarg_cause(p, atoms::am_badopt);
}

Term erl_group_leader_0(Process* p, Term*) { return p->group_leader; }

// erts_internal:group_leader(GL, Pid): true when set, badarg (returned,
// erlang:group_leader/2 raises it) for a bad GL or a dead Pid. With one
// scheduler the change is always immediate (never `false`, "try again").
namespace {
Term set_group_leader(Process* p, Term gl, Term pid) {
  if (!is_local_pid(gl) || !is_local_pid(pid)) return atoms::am_badarg;
  Process* t = pid == p->pid ? p : lookup_process(pid);
  if (!t || t->state == ProcState::kExiting) return atoms::am_badarg;
  t->group_leader = gl;
  return atoms::am_true;
}
}  // namespace

Term erts_internal_group_leader_2(Process* p, Term* a) { return set_group_leader(p, a[0], a[1]); }

// The asynchronous form: the result comes as {Ref, Result}.
Term erts_internal_group_leader_3(Process* p, Term* a) {
  Term res = set_group_leader(p, a[0], a[1]);
  send_message(p, make_tuple2(p, a[2], res));
  return atoms::am_true;
}

// erlang:hibernate(M, F, A): never returns; the interpreter hibernates the
// process right after this call (vm/scheduler.cpp, hibernate_process).
Term erl_hibernate(Process* p, Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || list_length(a[2]) < 0) return badarg(p);
  p->hibernate_requested = true;
  p->attention = true;
  return a[0];  // stays in x0 with F and A in x1, x2
}

Term erl_yield(Process* p, Term*) {
  p->attention = true;
  p->yield_requested = true;
  return atoms::am_true;
}

// At most one time slice (ERTS's CONTEXT_REDS) is charged.
Term erl_bump_reductions(Process* p, Term* a) {
  if (!is_small(a[0]) || small_value(a[0]) < 0) return badarg(p);
  charge_reductions(p, size_t(std::min<int64_t>(small_value(a[0]), 4000)), 1);
  return atoms::am_true;
}

Term erl_send_2(Process* p, Term* a) {
  if (!send_to(p, a[0], a[1])) return badarg(p);
  return a[1];
}

Term erl_send_3(Process* p, Term* a) {
  // noconnect and nosuspend change nothing without distribution.
  for (Term l = a[2]; !is_nil(l); l = cdr(l)) {
    if (!is_list(l) || (car(l) != atoms::am_noconnect && car(l) != atoms::am_nosuspend)) return badarg(p);
  }
  if (!send_to(p, a[0], a[1])) return badarg(p);
  return atoms::am_ok;
}

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// pid_to_list/1 and list_to_pid/1: "<0.Number.Serial>" for local pids.
Term erl_pid_to_list(Process* p, Term* a) {
  if (!is_local_pid(a[0])) return badarg(p);
  return make_char_list_utf8(p, write_term(a[0]));
}

Term erl_list_to_pid(Process* p, Term* a) {
  // Only local pids: <0.N.S>; a pid of another node needs distribution.
  std::string s;
  Term l = a[0];
  for (; is_list(l) && s.size() < 64; l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c) || small_value(c) < 0 || small_value(c) > 127) return badarg(p);
    s.push_back(char(small_value(c)));
  }
  if (!is_nil(l)) return badarg(p);
  uint64_t parts[3];
  size_t i = 0;
  if (s.size() < 7 || s.front() != '<' || s.back() != '>') return badarg(p);
  size_t pos = 1;
  for (int k = 0; k < 3; k++) {
    if (pos >= s.size() || s[pos] < '0' || s[pos] > '9') return badarg(p);
    uint64_t v = 0;
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; pos++) {
      v = v * 10 + uint64_t(s[pos] - '0');
      if (v > 0xFFFFFFFFu) return badarg(p);
    }
    parts[i++] = v;
    char want = k < 2 ? '.' : '>';
    if (pos >= s.size() || s[pos] != want) return badarg(p);
    pos++;
  }
  // ERTS's limits: a 15-bit number and a 13-bit serial.
  if (pos != s.size() || parts[0] != 0 || parts[1] > 0x7FFF || parts[2] > 0x1FFF) return badarg(p);
  return make_local_pid(uint32_t(parts[1]), uint32_t(parts[2]));
}

}  // namespace openbeam::bifs

#include "bifs/ets/ets_table.hpp"
#include "vm/literal_arena.hpp"

namespace openbeam::bifs {

namespace {
bool send_ets_transfer(Term to, Term tid, Term from, Term gift) {
  Process* q = lookup_process(to);
  if (!q || q->state == ProcState::kExiting) return false;
  static const Term tag = atom("ETS-TRANSFER");
  TermArena scratch;
  Word* hp = scratch.alloc(5);
  hp[0] = make_header(Subtag::kTuple, 4);
  hp[1] = tag.raw();
  hp[2] = tid.raw();
  hp[3] = from.raw();
  hp[4] = gift.raw();
  send_message(q, make_boxed(hp));
  return true;
}
void ets_exit_hook(Process* p) { ets::ets_process_exited(p, p->pid); }
void suspend_exit_hook(Process* p) { release_suspensions(p); }
}  // namespace

// Tells other subsystems about processes: ETS tables die with (or pass on
// from) their owners, files opened by a process are closed when it dies.
void install_process_hooks() {
  add_exit_hook(ets_exit_hook);
  add_exit_hook(prim_file_process_exited);
  add_exit_hook(suspend_exit_hook);
  ets::set_ets_transfer_sender(send_ets_transfer);
}

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// ets:internal_request_all/0: every scheduler answers {Ref, Tables}; with one
// scheduler (system_info(schedulers) =:= 1) that is one message, sent now.
Term ets_internal_request_all(Process* p, Term*) {
  Term ref = make_ref(*p);
  std::vector<Term> ids;
  for (const auto& t : ets::all_tables()) {
    ids.push_back(t->named ? t->name : make_local_ref(p->alloc(kLocalRefWords), t->ref));
  }
  Term list = make_list_from(p, ids.data(), ids.size());
  send_message(p, make_tuple2(p, ref, list));
  return ref;
}

}  // namespace openbeam::bifs
