#include "vm/os_signals.hpp"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

#include "vm/atom_table.hpp"
#include "vm/exceptions.hpp"
#include "vm/literal_arena.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"
#include "vm/term_build.hpp"

namespace openbeam::vm {

namespace {

int g_pipe[2] = {-1, -1};

// The signals os:set_signal/2 accepts, as ERTS names them.
struct NamedSignal {
  const char* name;
  int signum;
};
constexpr NamedSignal kSignals[] = {
    {"sighup", SIGHUP},   {"sigquit", SIGQUIT}, {"sigabrt", SIGABRT}, {"sigalrm", SIGALRM},
    {"sigterm", SIGTERM}, {"sigusr1", SIGUSR1}, {"sigusr2", SIGUSR2}, {"sigchld", SIGCHLD},
    {"sigstop", SIGSTOP}, {"sigtstp", SIGTSTP},
};

const char* signal_name(int signum) {
  for (const NamedSignal& s : kSignals) {
    if (s.signum == signum) return s.name;
  }
  return nullptr;
}

extern "C" void on_signal(int signum) {
  int saved = errno;
  unsigned char b = static_cast<unsigned char>(signum);
  if (g_pipe[1] >= 0) {
    ssize_t r = write(g_pipe[1], &b, 1);
    (void)r;
  }
  errno = saved;
}

void install(int signum, void (*handler)(int)) {
  struct sigaction sa {};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(signum, &sa, nullptr);
}

// Scheduler thread: erl_signal_server ! {notify, Name}.
void deliver(int signum) {
  const char* name = signal_name(signum);
  if (!name) return;
  Term pid = whereis_name(atom("erl_signal_server"));
  Process* to = pid == kNonValue || !is_local_pid(pid) ? nullptr : lookup_process(pid);
  if (!to || to->state == ProcState::kExiting) return;
  TermArena arena;
  send_message(to, build_tuple(arena, {atom("notify"), atom(name)}));
}

void dispatcher() {
  for (;;) {
    unsigned char b;
    ssize_t r = read(g_pipe[0], &b, 1);
    if (r == 1) {
      int signum = b;
      scheduler().io.post([signum] { deliver(signum); });
    } else if (r < 0 && errno == EINTR) {
      continue;
    } else {
      return;
    }
  }
}

}  // namespace

void start_os_signals() {
  if (g_pipe[0] >= 0 || pipe(g_pipe) != 0) return;
  std::thread(dispatcher).detach();
  for (int signum : {SIGTERM, SIGUSR1, SIGQUIT}) install(signum, on_signal);
}

bool set_os_signal(Term name, Term how) {
  if (!is_atom(name)) return false;
  int signum = 0;
  for (const NamedSignal& s : kSignals) {
    if (name == atom(s.name)) signum = s.signum;
  }
  if (signum == 0) return false;
  if (how == atom("ignore")) {
    install(signum, SIG_IGN);
  } else if (how == atom("default")) {
    install(signum, SIG_DFL);
  } else {
    install(signum, on_signal);
  }
  return true;
}

}  // namespace openbeam::vm
