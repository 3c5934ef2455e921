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
// Like ERTS, a pid carries 28 bits: <0.Number.Serial> shows the low 15 bits
// as Number and the high 13 as Serial. Here the low 20 bits index the slot
// (at most 2^20 live processes) and the high 8 count the slot's reuses.
constexpr unsigned kSlotBits = 20;
constexpr uint32_t kSlotMask = (1u << kSlotBits) - 1;
Term pid_of(uint32_t slot, uint32_t gen) {
  uint32_t data = (gen << kSlotBits) | slot;
  return make_local_pid(data & 0x7FFF, data >> 15);
}
uint32_t pid_data(Term pid) { return (local_pid_serial(pid) << 15) | local_pid_number(pid); }
}  // namespace

size_t max_processes() { return size_t(1) << kSlotBits; }

bool add_process(Process* p) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  uint32_t n;
  if (t.free.size() - t.free_head == 0 && t.slots.size() >= max_processes()) return false;
  if (t.free.size() - t.free_head > kReuseAfter || t.slots.size() >= max_processes()) {
    n = t.free[t.free_head++];
    if (t.free_head > 4096 && t.free_head * 2 > t.free.size()) {
      t.free.erase(t.free.begin(), t.free.begin() + long(t.free_head));
      t.free_head = 0;
    }
    t.slots[n].serial = (t.slots[n].serial + 1) & 0xFF;
  } else {
    n = uint32_t(t.slots.size());
    t.slots.push_back(Slot{});
  }
  t.slots[n].proc = p;
  p->pid = pid_of(n, t.slots[n].serial);
  t.count++;
  return true;
}

Process* lookup_process(Term pid) {
  if (!is_local_pid(pid)) return nullptr;
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  uint32_t d = pid_data(pid);
  uint32_t n = d & kSlotMask;
  if (n >= t.slots.size()) return nullptr;
  const Slot& s = t.slots[n];
  if (!s.proc || s.serial != d >> kSlotBits) return nullptr;
  return s.proc;
}

void remove_process(Process* p) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  uint32_t n = pid_data(p->pid) & kSlotMask;
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
  uint32_t n = pid_data(it->second) & kSlotMask;
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
