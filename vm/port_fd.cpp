// The fd driver: open_port({fd, In, Out}, Opts) over existing descriptors
// (the stock `user` and `standard_error` servers use {fd,0,1} and {fd,2,2}).
//
// Output is written synchronously, in order, retrying short and
// interrupted writes. Input is read by a thread blocked in read(2), so
// pipes, files and terminals all work without changing the descriptor's
// mode (the terminal is shared with the shell); what it reads goes to the
// scheduler through Scheduler::io.
#include "vm/port_fd.hpp"

#include <errno.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <memory>
#include <thread>

#include "vm/atom_table.hpp"
#include "vm/scheduler.hpp"

namespace openbeam::vm {

namespace {

// ERTS's tty driver control operation for the window size (user.erl and
// standard_error.erl ask the fd port for it).
constexpr unsigned kCtrlGetWinsize = 100 + 0x018b0900;

Term errno_atom(int e) {
  switch (e) {
    case EPIPE: return atom("epipe");
    case EBADF: return atom("ebadf");
    case EIO: return atom("eio");
    case ENOSPC: return atom("enospc");
    case EINVAL: return atom("einval");
    default: return atom("eio");
  }
}

struct ReaderState {
  std::atomic<bool> stopped{false};
};

class FdDriver final : public PortDriver {
 public:
  FdDriver(int in, int out, bool reads) : in_(in), out_(out), reads_(reads) {}

  void start(Port& port) override {
    if (!reads_) return;
    auto state = state_;
    Term id = port.id;
    int fd = in_;
    Scheduler& s = scheduler();
    s.io.sources.fetch_add(1);
    std::thread([state, id, fd, &s] {
      std::unique_ptr<uint8_t[]> buf(new uint8_t[65536]);
      for (;;) {
        ssize_t n = ::read(fd, buf.get(), 65536);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) {
          pollfd pfd{fd, POLLIN, 0};
          ::poll(&pfd, 1, -1);
          continue;
        }
        if (state->stopped.load()) break;
        if (n > 0) {
          post_port_input(id, buf.get(), size_t(n));
          continue;
        }
        int err = n == 0 ? 0 : errno;
        s.io.post([id, err] {
          Port* p = lookup_port(id);
          if (!p) return;
          if (err == 0) port_input_eof(p);
          else port_driver_error(p, errno_atom(err));
        });
        break;
      }
      s.io.post([&s] { s.io.sources.fetch_sub(1); });
    }).detach();
  }

  bool output(const uint8_t* bytes, size_t n, Term* reason) override {
    while (n > 0) {
      ssize_t w = ::write(out_, bytes, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        if (errno == EAGAIN) {
          pollfd pfd{out_, POLLOUT, 0};
          ::poll(&pfd, 1, -1);
          continue;
        }
        *reason = errno_atom(errno);
        return false;
      }
      bytes += w;
      n -= size_t(w);
    }
    return true;
  }

  bool control(unsigned op, const std::string& in, std::string* out) override {
    (void)in;
    if (op != kCtrlGetWinsize) return false;
    winsize ws{};
    if (!::isatty(out_) || ::ioctl(out_, TIOCGWINSZ, &ws) != 0) return false;
    uint32_t wh[2] = {ws.ws_col, ws.ws_row};
    out->assign(reinterpret_cast<const char*>(wh), sizeof wh);
    return true;
  }

  void stop() override { state_->stopped.store(true); }

 private:
  int in_, out_;
  bool reads_;
  std::shared_ptr<ReaderState> state_ = std::make_shared<ReaderState>();
};

}  // namespace

std::unique_ptr<PortDriver> make_fd_driver(int in_fd, int out_fd, bool reads) {
  return std::make_unique<FdDriver>(in_fd, out_fd, reads);
}

}  // namespace openbeam::vm
