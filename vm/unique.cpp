#include "vm/unique.hpp"

#include <atomic>
#include <thread>

namespace openbeam::vm {
namespace {
constexpr uint32_t kSchedulerId = 1;           // the one scheduler thread for now
constexpr uint32_t kRefThreadIdMask = 0xFFFF;  // n1's low bits: scheduler id
constexpr uint32_t kRefN1CounterMask = 0xFFFC0000;

std::atomic<uint64_t> g_ref_counter{0};
std::atomic<int64_t> g_unique{0};
std::atomic<int64_t> g_monotonic{0};
}  // namespace

RefNumbers next_ref_numbers() {
  uint64_t v = g_ref_counter.fetch_add(1, std::memory_order_relaxed);
  RefNumbers r;
  r.n[0] = uint32_t(v) & kRefN0Mask;
  r.n[1] = (uint32_t(v) & kRefN1CounterMask) | (kSchedulerId & kRefThreadIdMask);
  r.n[2] = uint32_t(v >> 32);
  return r;
}

Term make_ref(TermAllocator& a) { return make_local_ref(a.alloc(kLocalRefWords), next_ref_numbers()); }

int64_t next_unique_integer(bool positive, bool monotonic) {
  // Both counters start at the smallest small integer (or at 1 when
  // positive), like ERTS: values stay small integers for 2^59 calls.
  std::atomic<int64_t>& c = monotonic ? g_monotonic : g_unique;
  int64_t n = c.fetch_add(1, std::memory_order_relaxed);
  return positive ? n + 1 : kSmallMin + n;
}

unsigned scheduler_count() {
  unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

}  // namespace openbeam::vm
