#include "vm/signals.hpp"

#include <algorithm>
#include <mutex>
#include <vector>

#include "vm/aliases.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/exceptions.hpp"
#include "vm/ports.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"

namespace openbeam::vm {

namespace {
std::vector<ExitHook>& exit_hooks() {
  static std::vector<ExitHook> hooks;
  return hooks;
}

void wake(Process* p) {
  if (p->state == ProcState::kWaiting) scheduler().make_runnable(p);
}

void enqueue(Process* to, Signal s) {
  to->sigq.push_back(std::move(s));
  wake(to);
}

bool remove_link(Process* p, Term other) {
  auto it = std::find(p->links.begin(), p->links.end(), other);
  if (it == p->links.end()) return false;
  p->links.erase(it);
  return true;
}
// A message through a reply_demonitor alias ends the monitor, as if its
// owner called demonitor/1 on receiving it; a DOWN signal already queued
// before the message is still delivered (it ends the monitor itself).
void drop_alias_monitor(Process* owner, const StoredRef& r) {
  for (const Signal& s : owner->sigq) {
    if (s.kind == Signal::Kind::kDown && s.ref == r) return;
  }
  auto it = std::find_if(owner->monitors.begin(), owner->monitors.end(),
                         [&](const MonitorLink& m) { return m.ref == r; });
  if (it == owner->monitors.end()) return;
  if (Process* t = it->other == kNonValue ? nullptr : lookup_process(it->other)) {
    auto& v = t->monitored_by;
    v.erase(std::remove_if(v.begin(), v.end(), [&](const MonitorLink& m) { return m.ref == r; }), v.end());
  }
  owner->monitors.erase(it);
}
}  // namespace

void add_exit_hook(ExitHook hook) { exit_hooks().push_back(hook); }

void send_message(Process* to, Term msg) {
  Term copy = copy_term(*to, msg);
  if (to->sigq.empty()) {
    to->mq.push(copy);
    wake(to);
  } else {
    Signal s;
    s.kind = Signal::Kind::kMessage;
    s.data = copy;
    enqueue(to, std::move(s));
  }
}

bool send_to(Process* from, Term dest, Term msg) {
  Process* to = nullptr;
  if (is_local_pid(dest)) {
    to = lookup_process(dest);
  } else if (is_local_port(dest)) {
    // A closed port drops the message; a malformed one is badarg.
    Port* port = lookup_port(dest);
    return !port || port_send(from, port, msg);
  } else if (is_atom(dest)) {
    Term pid = whereis_name(dest);
    if (pid == kNonValue) return false;
    to = lookup_process(pid);
  } else if (is_tuple(dest) && tuple_arity(dest) == 2) {
    Term name = tuple_element(dest, 1), node = tuple_element(dest, 2);
    if (!is_atom(name) || !is_atom(node)) return false;
    // Without distribution only the local node is reachable; messages to
    // other nodes are dropped like erl does when it cannot connect.
    if (node != atoms::am_nonode_nohost) return true;
    Term pid = whereis_name(name);
    if (pid != kNonValue) to = lookup_process(pid);
  } else if (is_reference(dest)) {
    bool demonitor = false;
    to = alias_target(dest, &demonitor);
    if (to && demonitor) drop_alias_monitor(to, store_ref(dest));
  } else {
    return false;
  }
  if (to && to->state != ProcState::kExiting) send_message(to, msg);
  return true;
}

void send_exit_signal(Process* to, Term from, Term reason, bool linked) {
  if (to->state == ProcState::kExiting) return;
  Signal s;
  s.kind = linked ? Signal::Kind::kLinkExit : Signal::Kind::kExit;
  s.from = from;
  s.data = copy_term(*to, reason);
  enqueue(to, std::move(s));
}

bool handle_signals(Process* p) {
  while (!p->sigq.empty()) {
    Signal s = p->sigq.front();
    p->sigq.pop_front();
    switch (s.kind) {
      case Signal::Kind::kMessage:
        p->mq.push(s.data);
        break;
      case Signal::Kind::kExit:
      case Signal::Kind::kLinkExit: {
        bool linked = s.kind == Signal::Kind::kLinkExit;
        // A link exit counts only while the link exists (unlink/1 is exact).
        if (linked && !remove_link(p, s.from)) break;
        Term die_with = kNonValue;
        if (!linked && s.data == atoms::am_kill) {
          die_with = atoms::am_killed;  // untrappable
        } else if (p->trap_exit) {
          p->mq.push(make_tuple3(p, atoms::am_EXIT, s.from, s.data));
        } else if (s.data != atoms::am_normal) {
          die_with = s.data;
        } else if (!linked && s.from == p->pid) {
          die_with = atoms::am_normal;  // exit(self(), normal)
        }
        if (die_with != kNonValue) {
          p->exit_reason = die_with;
          p->sigq.clear();
          return false;
        }
        break;
      }
      case Signal::Kind::kDown: {
        // Only while the monitor exists (demonitor/1 is exact).
        auto it = std::find_if(p->monitors.begin(), p->monitors.end(),
                               [&](const MonitorLink& m) { return m.ref == s.ref; });
        if (it == p->monitors.end()) break;
        if (it->alias) remove_alias(it->ref);
        p->monitors.erase(it);
        Term ref = stored_ref_term(*p, s.ref);
        Term tag = s.tag == kNonValue ? atoms::am_DOWN : s.tag;
        Word* hp = p->alloc(6);
        hp[0] = make_header(Subtag::kTuple, 5);
        hp[1] = tag.raw();
        hp[2] = ref.raw();
        hp[3] = (s.port ? atoms::am_port : atoms::am_process).raw();
        hp[4] = s.item.raw();
        hp[5] = s.data.raw();
        p->mq.push(make_boxed(hp));
        break;
      }
    }
  }
  return true;
}

Process* process_after_signals(Term pid) {
  Process* t = lookup_process(pid);
  if (!t || t->state == ProcState::kExiting) return nullptr;
  if (!t->sigq.empty() && t != scheduler().current && !handle_signals(t)) {
    terminate_process(t, t->exit_reason);
    return nullptr;
  }
  return t;
}

void send_port_down(Process* to, const MonitorLink& m, Term item, Term reason) {
  if (to->state == ProcState::kExiting) return;
  Signal sg;
  sg.kind = Signal::Kind::kDown;
  sg.port = true;
  sg.ref = m.ref;
  sg.tag = m.tag == kNonValue ? kNonValue : copy_term(*to, m.tag);
  sg.item = m.name == kNonValue ? item : make_tuple2(to, m.name, atoms::am_nonode_nohost);
  sg.data = copy_term(*to, reason);
  enqueue(to, std::move(sg));
}

void link_processes(Process* a, Process* b) {
  if (std::find(a->links.begin(), a->links.end(), b->pid) == a->links.end()) a->links.push_back(b->pid);
  if (std::find(b->links.begin(), b->links.end(), a->pid) == b->links.end()) b->links.push_back(a->pid);
}

void unlink_processes(Process* a, Term b_pid) {
  remove_link(a, b_pid);
  if (Process* b = lookup_process(b_pid)) remove_link(b, a->pid);
}

void terminate_process(Process* p, Term reason) {
  Scheduler& s = scheduler();
  p->state = ProcState::kExiting;
  p->exit_reason = reason;
  if (p->registered_name != kNonValue) unregister_name(p->registered_name);
  s.cancel_receive_timer(p);
  remove_process(p);
  for (ExitHook h : exit_hooks()) h(p);
  ports_process_exited(p, reason);
  for (Term l : p->links) {
    if (Process* q = lookup_process(l)) send_exit_signal(q, p->pid, reason, true);
  }
  p->links.clear();
  for (const MonitorLink& m : p->monitored_by) {
    Process* q = lookup_process(m.other);
    if (!q || q->state == ProcState::kExiting) continue;
    Signal sg;
    sg.kind = Signal::Kind::kDown;
    sg.ref = m.ref;
    sg.tag = m.tag == kNonValue ? kNonValue : copy_term(*q, m.tag);
    sg.item = m.name == kNonValue ? p->pid : make_tuple2(q, m.name, atoms::am_nonode_nohost);
    sg.data = copy_term(*q, reason);
    enqueue(q, std::move(sg));
  }
  p->monitored_by.clear();
  for (const MonitorLink& m : p->monitors) {
    if (Process* q = lookup_process(m.other)) {
      auto& v = q->monitored_by;
      v.erase(std::remove_if(v.begin(), v.end(), [&](const MonitorLink& x) { return x.ref == m.ref; }), v.end());
    }
  }
  p->monitors.clear();
  remove_aliases_of(p->pid);
  p->mq.clear();
  p->sigq.clear();
  s.retire(p);
}

}  // namespace openbeam::vm
