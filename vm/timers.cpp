#include "vm/timers.hpp"

#include <chrono>

namespace openbeam::vm {

int64_t monotonic_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

int64_t vm_start_ns() {
  static const int64_t start = monotonic_ns();
  return start;
}
namespace {
// Taken at start-up, before any Erlang code runs.
[[maybe_unused]] const int64_t g_start_init = vm_start_ns();
}  // namespace

uint64_t Timers::add(TimerEntry t, int64_t ms) {
  t.id = next_id_++;
  t.due_ns = monotonic_ns() + ms * 1000000;
  uint64_t id = t.id;
  due_of_[id] = t.due_ns;
  if (t.has_ref()) by_ref_[t.ref] = id;
  by_due_.emplace(std::make_pair(t.due_ns, id), std::move(t));
  return id;
}

static int64_t ms_left(int64_t due, int64_t now) {
  int64_t ns = due - now;
  if (ns <= 0) return 0;
  return (ns + 999999) / 1000000;
}

bool Timers::cancel(uint64_t id, int64_t* remaining_ms) {
  auto d = due_of_.find(id);
  if (d == due_of_.end()) return false;
  auto it = by_due_.find({d->second, id});
  if (remaining_ms) *remaining_ms = ms_left(d->second, monotonic_ns());
  if (it != by_due_.end()) {
    if (it->second.has_ref()) by_ref_.erase(it->second.ref);
    by_due_.erase(it);
  }
  due_of_.erase(d);
  return true;
}

bool Timers::remaining(uint64_t id, int64_t* remaining_ms) const {
  auto d = due_of_.find(id);
  if (d == due_of_.end()) return false;
  *remaining_ms = ms_left(d->second, monotonic_ns());
  return true;
}

std::optional<uint64_t> Timers::find(const StoredRef& ref) const {
  auto it = by_ref_.find(ref);
  if (it == by_ref_.end()) return std::nullopt;
  return it->second;
}

std::optional<int64_t> Timers::next_due_ns() const {
  if (by_due_.empty()) return std::nullopt;
  return by_due_.begin()->first.first;
}

std::optional<TimerEntry> Timers::pop_due(int64_t now) {
  if (by_due_.empty() || by_due_.begin()->first.first > now) return std::nullopt;
  auto node = by_due_.extract(by_due_.begin());
  TimerEntry t = std::move(node.mapped());
  due_of_.erase(t.id);
  if (t.has_ref()) by_ref_.erase(t.ref);
  return t;
}

}  // namespace openbeam::vm
