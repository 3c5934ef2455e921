#include "vm/io_poller.hpp"

#include <errno.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <mutex>
#include <thread>

#include "vm/ports.hpp"
#include "vm/scheduler.hpp"

namespace openbeam::vm {

namespace {

// The epoll descriptor, created with its thread on first use.
int poll_fd() {
  static int fd = -1;
  static std::once_flag once;
  std::call_once(once, [] {
    fd = ::epoll_create1(EPOLL_CLOEXEC);
    Scheduler& s = scheduler();
    std::thread([&s] {
      epoll_event ev[64];
      for (;;) {
        int n = ::epoll_wait(fd, ev, 64, -1);
        if (n < 0) {
          if (errno == EINTR) continue;
          return;
        }
        for (int i = 0; i < n; i++) {
          uint64_t number = ev[i].data.u64;
          uint32_t got = 0;
          if (ev[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP)) got |= kPollIn;
          if (ev[i].events & (EPOLLOUT | EPOLLHUP | EPOLLERR)) got |= kPollOut;
          s.io.post([number, got] {
            if (Port* p = lookup_port(make_local_port(number))) p->driver->io_ready(*p, got);
          });
        }
      }
    }).detach();
  });
  return fd;
}

}  // namespace

void PollRegistration::arm(int fd, Term port, uint32_t events) {
  epoll_event ev{};
  ev.events = EPOLLONESHOT | ((events & kPollIn) ? EPOLLIN | EPOLLRDHUP : 0u) | ((events & kPollOut) ? EPOLLOUT : 0u);
  ev.data.u64 = local_port_number(port);
  int ep = poll_fd();
  if (!added_) {
    if (::epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) == 0) added_ = true;
  } else {
    ::epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
  }
  if (!armed_) scheduler().io.sources.fetch_add(1);
  armed_ = events;
}

void PollRegistration::disarm(int fd, Term port) {
  if (added_) {
    epoll_event ev{};
    ev.events = EPOLLONESHOT;
    ev.data.u64 = local_port_number(port);
    ::epoll_ctl(poll_fd(), EPOLL_CTL_MOD, fd, &ev);
  }
  fired();
}

void PollRegistration::forget(int fd) {
  if (added_) ::epoll_ctl(poll_fd(), EPOLL_CTL_DEL, fd, nullptr);
  added_ = false;
  fired();
}

void PollRegistration::fired() {
  if (armed_) scheduler().io.sources.fetch_sub(1);
  armed_ = 0;
}

}  // namespace openbeam::vm
