// Readiness of non-blocking descriptors (sockets), for drivers that do
// their own reads and writes on the scheduler thread.
//
// One epoll thread serves every armed descriptor. A driver arms one-shot
// interest (kPollIn / kPollOut) for a descriptor on behalf of its port;
// when the descriptor becomes ready the thread posts a call of the port
// driver's io_ready() to the scheduler (Scheduler::io), so the driver reads
// or writes there without blocking and arms again if it wants more. An
// event for a port that closed meanwhile is dropped; a stale event for an
// open port only makes the driver try a non-blocking call that says EAGAIN.
//
// While armed, a descriptor counts as an I/O source (IoEvents::sources),
// so the scheduler sleeps waiting for it instead of declaring a deadlock.
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace openbeam::vm {

enum : uint32_t { kPollIn = 1, kPollOut = 2 };

class PollRegistration {
 public:
  // Arms (or re-arms) one-shot interest in `events` for `fd`; readiness is
  // delivered to the driver of `port`. Scheduler thread.
  void arm(int fd, Term port, uint32_t events);
  // Keeps fd registered but interested in nothing. Scheduler thread.
  void disarm(int fd, Term port);
  // Stops watching fd (call before closing it). Scheduler thread.
  void forget(int fd);
  // An event arrived: no longer armed. Scheduler thread.
  void fired();
  uint32_t armed() const { return armed_; }

 private:
  uint32_t armed_ = 0;
  bool added_ = false;
};

}  // namespace openbeam::vm
