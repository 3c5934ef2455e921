#include "vm/process_table.hpp"

#include <mutex>
#include <unordered_map>

namespace openbeam::vm {

namespace {
struct Slot {
  Process* proc = nullptr;
  uint32_t serial = 0;
};
struct Table {
  std::mutex mu;
  std::vector<Slot> slots;
  std::vector<uint32_t> free;  // reusable slot numbers, oldest first
  size_t free_head = 0;
  size_t count = 0;
  std::unordered_map<Word, Term> names;  // atom -> pid
};
Table& table() {
  static Table t;
  return t;
}
// Slots are reused only once this many are free, so pids are not recycled
// quickly (ERTS reuses in a similar lazy way).
constexpr size_t kReuseAfter = 1024;
}  // namespace

void add_process(Process* p) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  uint32_t n;
  if (t.free.size() - t.free_head > kReuseAfter) {
    n = t.free[t.free_head++];
    if (t.free_head > 4096 && t.free_head * 2 > t.free.size()) {
      t.free.erase(t.free.begin(), t.free.begin() + long(t.free_head));
      t.free_head = 0;
    }
    t.slots[n].serial = (t.slots[n].serial + 1) & 0x0FFFFFFF;
  } else {
    n = uint32_t(t.slots.size());
    t.slots.push_back(Slot{});
  }
  t.slots[n].proc = p;
  p->pid = make_local_pid(n, t.slots[n].serial);
  t.count++;
}

Process* lookup_process(Term pid) {
  if (!is_local_pid(pid)) return nullptr;
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  uint32_t n = local_pid_number(pid);
  if (n >= t.slots.size()) return nullptr;
  const Slot& s = t.slots[n];
  if (!s.proc || s.serial != local_pid_serial(pid)) return nullptr;
  return s.proc;
}

void remove_process(Process* p) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  uint32_t n = local_pid_number(p->pid);
  if (n < t.slots.size() && t.slots[n].proc == p) {
    t.slots[n].proc = nullptr;
    t.free.push_back(n);
    t.count--;
  }
}

size_t process_count() {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  return t.count;
}

std::vector<Term> all_pids() {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  std::vector<Term> out;
  out.reserve(t.count);
  for (const Slot& s : t.slots) {
    if (s.proc) out.push_back(s.proc->pid);
  }
  return out;
}

bool register_name(Term name, Process* p) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  if (p->registered_name != kNonValue) return false;
  if (!t.names.emplace(name.raw(), p->pid).second) return false;
  p->registered_name = name;
  return true;
}

bool unregister_name(Term name) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.names.find(name.raw());
  if (it == t.names.end()) return false;
  uint32_t n = local_pid_number(it->second);
  if (n < t.slots.size() && t.slots[n].proc) t.slots[n].proc->registered_name = kNonValue;
  t.names.erase(it);
  return true;
}

Term whereis_name(Term name) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.names.find(name.raw());
  return it == t.names.end() ? kNonValue : it->second;
}

std::vector<Term> registered_names() {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  std::vector<Term> out;
  for (auto& [k, v] : t.names) out.push_back(Term(k));
  return out;
}

}  // namespace openbeam::vm
