#include "vm/suspend.hpp"

#include <algorithm>
#include <vector>

#include "vm/process.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"

namespace openbeam::vm {

namespace {

struct Suspension {
  Term by;      // the suspender's pid
  Term target;  // the suspended process's pid
  uint32_t count;
};

// Few and short-lived (a debugging facility): a flat table. With N
// schedulers it gets a lock like the process table.
std::vector<Suspension>& table() {
  static std::vector<Suspension> t;
  return t;
}

Suspension* find(Term by, Term target) {
  for (Suspension& s : table()) {
    if (s.by == by && s.target == target) return &s;
  }
  return nullptr;
}

void unsuspend(Process* t, uint32_t n) {
  t->suspended -= std::min(t->suspended, n);
  // Parked while suspended: runnable but out of the run queue.
  if (t->suspended == 0 && t->state == ProcState::kRunnable && !t->in_runq) scheduler().make_runnable(t);
}

}  // namespace

bool suspend_process(Process* by, Process* target, bool unless_suspending) {
  Suspension* s = find(by->pid, target->pid);
  if (s && unless_suspending) return false;
  if (s) {
    s->count++;
  } else {
    table().push_back({by->pid, target->pid, 1});
  }
  target->suspended++;
  return true;
}

bool resume_process(Process* by, Process* target) {
  Suspension* s = find(by->pid, target->pid);
  if (!s) return false;
  if (--s->count == 0) table().erase(table().begin() + (s - table().data()));
  unsuspend(target, 1);
  return true;
}

void release_suspensions(Process* p) {
  auto& t = table();
  for (size_t i = 0; i < t.size();) {
    if (t[i].by == p->pid) {
      Suspension s = t[i];
      t.erase(t.begin() + long(i));
      if (Process* target = lookup_process(s.target)) unsuspend(target, s.count);
    } else if (t[i].target == p->pid) {
      t.erase(t.begin() + long(i));
    } else {
      i++;
    }
  }
}

}  // namespace openbeam::vm
