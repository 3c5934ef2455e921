// Work handed to the scheduler thread by I/O threads (port readers, ...).
//
// An I/O thread posts a function; the scheduler runs posted functions
// between time slices (they deliver port messages and make processes
// runnable) and sleeps in wait() when no process can run, so input wakes it
// up without spinning.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>

namespace openbeam::vm {

class IoEvents {
 public:
  // Any thread.
  void post(std::function<void()> fn);
  // Scheduler thread: runs what was posted; true if anything ran.
  bool run_pending();
  bool has_pending() const { return pending_.load(std::memory_order_acquire); }
  // Scheduler thread: blocks until something is posted or `timeout_ns`
  // passes (negative: no timeout).
  void wait(int64_t timeout_ns);
  // I/O sources that may still post (open input ports): with none and
  // nothing else to do, the system can never wake up again.
  std::atomic<int> sources{0};

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::atomic<bool> pending_{false};
};

}  // namespace openbeam::vm
