// Timers: receive timeouts and erlang:send_after/start_timer.
//
// Kept in an ordered map keyed by (due time, id): inserting, cancelling and
// firing are O(log n), so thousands of pending timers are cheap. Times are
// steady-clock nanoseconds; timeouts are whole milliseconds like ERTS.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "vm/literal_arena.hpp"
#include "vm/process.hpp"

namespace openbeam::vm {

// The OS's steady clock (timers, waits, os:perf_counter/0).
int64_t monotonic_ns();
// When the VM started, on that clock.
int64_t vm_start_ns();
// erlang:monotonic_time/0 in nanoseconds: like 64-bit ERTS it starts at the
// smallest small integer (-2^59) rounded towards zero to whole seconds and
// counts up from the VM's start, so values are negative for 18 years.
constexpr int64_t kErlangMonotonicStart = -576460752000000000;
inline int64_t erlang_monotonic_ns() { return monotonic_ns() - vm_start_ns() + kErlangMonotonicStart; }

struct TimerEntry {
  enum class Kind : uint8_t { kReceive, kSendAfter, kStartTimer, kPort };
  Kind kind = Kind::kReceive;
  uint64_t id = 0;
  int64_t due_ns = 0;
  Term owner = kNonValue;  // kReceive: the waiting process; kPort: the port
  Term dest = kNonValue;   // pid or registered name
  StoredRef ref;           // erlang:send_after/start_timer's reference
  std::unique_ptr<TermArena> arena;  // holds `msg`
  Term msg = kNonValue;
  // send_after/start_timer timers are found by their reference.
  bool has_ref() const { return kind == Kind::kSendAfter || kind == Kind::kStartTimer; }
};

class Timers {
 public:
  // Schedules `t` to fire `ms` milliseconds from now; returns its id (> 0).
  uint64_t add(TimerEntry t, int64_t ms);
  // Removes a pending timer; `remaining_ms` gets what was left (rounded
  // up). False when it already fired or never existed.
  bool cancel(uint64_t id, int64_t* remaining_ms = nullptr);
  bool remaining(uint64_t id, int64_t* remaining_ms) const;
  // The id of the pending send_after/start_timer timer with this reference.
  std::optional<uint64_t> find(const StoredRef& ref) const;
  std::optional<int64_t> next_due_ns() const;
  // Removes and returns the earliest timer due at `now`, if any.
  std::optional<TimerEntry> pop_due(int64_t now);
  size_t size() const { return by_due_.size(); }

 private:
  struct RefHash {
    size_t operator()(const StoredRef& r) const {
      return size_t(r.words[1] * 0x9E3779B97F4A7C15ull ^ r.words[2] ^ (r.words[3] << 17));
    }
  };
  uint64_t next_id_ = 1;
  std::map<std::pair<int64_t, uint64_t>, TimerEntry> by_due_;
  std::unordered_map<uint64_t, int64_t> due_of_;  // id -> due
  std::unordered_map<StoredRef, uint64_t, RefHash> by_ref_;
};

}  // namespace openbeam::vm
