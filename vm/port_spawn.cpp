// The spawn driver: runs an OS program with pipes to its stdin and stdout
// (ERTS's sys_drivers.c + erl_child_setup.c semantics, observed from erl).
//
// Starting: {spawn, Cmd} runs `/bin/sh -c "exec Cmd"`; {spawn_executable,
// File} execs File with the given argv, no shell (File must be executable,
// else open_port fails with that errno). The child gets the environment it
// was given, starts a new session, and keeps only fds 0-2 (nouse_stdio: the
// pipes on 3 and 4). Without `out` its stdin is the VM's, without `in` its
// stdout is the VM's. A failing `cd` prints "spawn: Could not cd to DIR" on
// stderr and exits with the errno.
//
// Running: a reader thread reads the program's stdout and posts the bytes
// to the scheduler (Scheduler::io); a waiter thread reaps the child
// (waitpid) so no zombie stays behind, whether or not the port is open.
// Writes go straight to the stdin pipe, in order.
//
// Ending: at EOF on stdout the port ends like ERTS: with exit_status it
// waits for the child's exit and sends {Port, {exit_status, N}} first (N =
// the exit code, or 128 + the signal); then `eof` or the normal close.
// Closing the port closes both pipes and kills nothing.
#include "vm/port_spawn.hpp"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <thread>

#include "vm/atom_table.hpp"
#include "vm/scheduler.hpp"

namespace openbeam::vm {

namespace {

// State shared by the driver, its reader and waiter threads. The atomics
// are set by the scheduler thread; the rest is touched on it only (from
// posted functions).
struct ChildState {
  std::atomic<bool> stopped{false};
  bool eof = false;      // stdout reached EOF, waiting for the exit status
  bool exited = false;   // the child was reaped
  int status = 0;        // its exit status (exit code or 128 + signal)
  bool waiting = false;  // the waiter counts as an I/O source
};

Term errno_atom(int e) {
  switch (e) {
    case EPIPE: return atom("epipe");
    case EBADF: return atom("ebadf");
    case EINVAL: return atom("einval");
    case ENOSPC: return atom("enospc");
    default: return atom("eio");
  }
}

// Moves fd above the standard and nouse_stdio descriptors, close-on-exec.
int lift_fd(int fd) {
  int high = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
  ::close(fd);
  return high;
}

// Runs in the vforked child: only async-signal-safe calls, no memory
// writes the parent would see.
[[noreturn]] void exec_child(const SpawnSpec& spec, const PortOptions& opts, int stdin_r, int stdout_w,
                             const char* path, char* const* argv, char* const* envp, const std::string& cd_msg) {
  // vfork: the child has its own signal handlers but the parent's memory,
  // so handlers go back to the default before signals are let in.
  for (int sig = 1; sig < NSIG; sig++) {
    struct sigaction sa;
    if (::sigaction(sig, nullptr, &sa) != 0 || sa.sa_handler == SIG_IGN) continue;
    if (sa.sa_handler != SIG_DFL || sig == SIGTERM) {
      sa.sa_handler = SIG_DFL;
      sa.sa_flags = 0;
      ::sigaction(sig, &sa, nullptr);
    }
  }
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  if (!spec.cd.empty() && ::chdir(spec.cd.c_str()) < 0) {
    int e = errno;
    ssize_t r = ::write(2, cd_msg.data(), cd_msg.size());
    (void)r;
    ::_exit(e);
  }
  if (spec.use_stdio) {
    if (opts.out) ::dup2(stdin_r, 0);
    if (opts.in) ::dup2(stdout_w, 1);
  } else {
    if (opts.in) ::dup2(stdout_w, 4);
    if (opts.out) ::dup2(stdin_r, 3);
  }
  if (spec.stderr_to_stdout) ::dup2(stdout_w, 2);
  ::setsid();
  unsigned first = spec.use_stdio ? 3 : 5;
  if (::close_range(first, ~0U, 0) != 0) {
    for (int fd = int(first); fd < 1024; fd++) ::close(fd);
  }
  ::execve(path, argv, envp);
  ::_exit(errno);
}

class SpawnDriver final : public PortDriver {
 public:
  SpawnDriver(pid_t pid, int in_r, int out_w, bool exit_status)
      : pid_(pid), in_r_(in_r), out_w_(out_w), exit_status_(exit_status) {
    if (::pipe2(wake_, O_CLOEXEC) != 0) wake_[0] = wake_[1] = -1;
  }

  void start(Port& port) override {
    Term id = port.id;
    Scheduler& s = scheduler();
    auto state = state_;
    bool reads = port.opts.in;
    if (reads) start_reader(id, s);
    else if (in_r_ >= 0) ::close(in_r_), in_r_ = -1;
    if (!port.opts.out && out_w_ >= 0) ::close(out_w_), out_w_ = -1;
    // Only a port that reads reports the exit status (erl: out-only ports
    // never do), so only then may the waiter still have something to say.
    bool report = reads && exit_status_;
    if (report) {
      state->waiting = true;
      s.io.sources.fetch_add(1);
    }
    pid_t pid = pid_;
    std::thread([state, id, pid, report, &s] {
      int st = 0;
      while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
      }
      int code = WIFSIGNALED(st) ? 128 + WTERMSIG(st) : WEXITSTATUS(st);
      if (!report) return;
      s.io.post([state, id, code, &s] {
        if (!state->waiting) return;  // the port closed meanwhile
        state->waiting = false;
        s.io.sources.fetch_sub(1);
        state->exited = true;
        state->status = code;
        Port* p = lookup_port(id);
        if (p && state->eof) finish(p, *state);
      });
    }).detach();
  }

  bool output(const uint8_t* bytes, size_t n, Term* reason) override {
    if (out_w_ < 0) {
      *reason = atom("ebadf");
      return false;
    }
    while (n > 0) {
      ssize_t w = ::write(out_w_, bytes, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        *reason = errno_atom(errno);
        return false;
      }
      bytes += w;
      n -= size_t(w);
    }
    return true;
  }

  void stop() override {
    state_->stopped.store(true);
    if (state_->waiting) {
      state_->waiting = false;
      scheduler().io.sources.fetch_sub(1);
    }
    if (out_w_ >= 0) ::close(out_w_), out_w_ = -1;
    // Wakes the reader, which closes the stdout pipe (a program writing
    // to it then gets EPIPE, as in erl).
    if (wake_[1] >= 0) ::close(wake_[1]), wake_[1] = -1;
  }

  ~SpawnDriver() override {
    stop();
    if (!reader_started_) {
      if (in_r_ >= 0) ::close(in_r_);
      if (wake_[0] >= 0) ::close(wake_[0]);
    }
  }

  Term os_pid() const override { return make_small(int64_t(pid_)); }

 private:
  // At EOF (or at the exit after EOF): the exit status, then eof / close.
  static void finish(Port* p, ChildState& st) {
    if (st.exited && p->opts.exit_status) port_exit_status(p, st.status);
    port_input_eof(p);
  }

  void start_reader(Term id, Scheduler& s) {
    reader_started_ = true;
    auto state = state_;
    int fd = in_r_, wake = wake_[0];
    in_r_ = -1;
    s.io.sources.fetch_add(1);
    std::thread([state, id, fd, wake, &s] {
      std::unique_ptr<uint8_t[]> buf(new uint8_t[65536]);
      for (;;) {
        pollfd pfd[2] = {{fd, POLLIN, 0}, {wake, POLLIN, 0}};
        if (::poll(pfd, wake >= 0 ? 2 : 1, -1) < 0) {
          if (errno == EINTR) continue;
          break;
        }
        if (state->stopped.load() || (pfd[1].revents && wake >= 0)) break;
        ssize_t n = ::read(fd, buf.get(), 65536);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n > 0) {
          post_port_input(id, buf.get(), size_t(n));
          continue;
        }
        int err = n == 0 ? 0 : errno;
        s.io.post([state, id, err] {
          Port* p = lookup_port(id);
          if (!p) return;
          if (err != 0) {
            port_driver_error(p, errno_atom(err));
          } else if (p->opts.exit_status && !state->exited) {
            state->eof = true;  // the exit status comes first
          } else {
            finish(p, *state);
          }
        });
        break;
      }
      ::close(fd);
      if (wake >= 0) ::close(wake);
      s.io.post([&s] { s.io.sources.fetch_sub(1); });
    }).detach();
  }

  pid_t pid_;
  int in_r_, out_w_;
  int wake_[2];
  bool exit_status_;
  bool reader_started_ = false;
  std::shared_ptr<ChildState> state_ = std::make_shared<ChildState>();
};

}  // namespace

std::unique_ptr<PortDriver> make_spawn_driver(const SpawnSpec& spec, const PortOptions& opts, int* err) {
  std::string cmdline = spec.executable ? spec.command : "exec " + spec.command;
  const char* path = spec.executable ? spec.command.c_str() : "/bin/sh";
  if (spec.executable && ::access(path, X_OK) != 0) {
    *err = errno;
    return nullptr;
  }
  std::vector<std::string> args = spec.executable ? spec.argv : std::vector<std::string>{"sh", "-c", cmdline};
  std::vector<char*> argv, envp;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env = spec.env;
  for (std::string& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::string cd_msg = "spawn: Could not cd to " + spec.cd + "\r\n";

  int in[2], out[2];  // in: the program's stdout -> VM; out: VM -> its stdin
  if (::pipe2(in, O_CLOEXEC) != 0) {
    *err = errno;
    return nullptr;
  }
  if (::pipe2(out, O_CLOEXEC) != 0) {
    *err = errno;
    ::close(in[0]), ::close(in[1]);
    return nullptr;
  }
  for (int* fd : {&in[0], &in[1], &out[0], &out[1]}) *fd = lift_fd(*fd);
  // vfork (the VM's address space is large; fork would copy its page
  // tables), with every signal blocked until the child is ready for them.
  sigset_t all, old;
  sigfillset(&all);
  ::pthread_sigmask(SIG_SETMASK, &all, &old);
  pid_t pid = ::vfork();
  if (pid == 0) exec_child(spec, opts, out[0], in[1], path, argv.data(), envp.data(), cd_msg);
  int fork_err = errno;
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  ::close(in[1]);
  ::close(out[0]);
  if (pid < 0) {
    ::close(in[0]), ::close(out[1]);
    *err = fork_err;
    return nullptr;
  }
  return std::make_unique<SpawnDriver>(pid, in[0], out[1], opts.exit_status);
}

namespace {

class ForkerDriver final : public PortDriver {
 public:
  bool output(const uint8_t*, size_t, Term* reason) override {
    *reason = atom("einval");
    return false;
  }
};

}  // namespace

void open_forker_port(Process* init) {
  Port* port = open_port(init, "forker", PortOptions{}, std::make_unique<ForkerDriver>());
  unlink_port(init, port);
  port->immortal = true;
}

}  // namespace openbeam::vm
