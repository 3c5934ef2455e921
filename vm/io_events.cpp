#include "vm/io_events.hpp"

#include <chrono>

namespace openbeam::vm {

void IoEvents::post(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.push_back(std::move(fn));
    pending_.store(true, std::memory_order_release);
  }
  cv_.notify_one();
}

bool IoEvents::run_pending() {
  std::deque<std::function<void()>> work;
  {
    std::lock_guard<std::mutex> lock(mu_);
    work.swap(queue_);
    pending_.store(false, std::memory_order_release);
  }
  for (auto& fn : work) fn();
  return !work.empty();
}

void IoEvents::wait(int64_t timeout_ns) {
  std::unique_lock<std::mutex> lock(mu_);
  auto ready = [this] { return !queue_.empty(); };
  if (timeout_ns < 0) cv_.wait(lock, ready);
  else cv_.wait_for(lock, std::chrono::nanoseconds(timeout_ns), ready);
}

}  // namespace openbeam::vm
