// Signals between processes: messages, exit signals, links, monitors, and
// process termination (ERTS semantics, ARCHITECTURE invariant 7).
//
// A signal is queued on its receiver (Process::sigq) and handled by the
// receiver, in order, when it next runs: at the start of a time slice, in
// receive when its message queue is exhausted, and right after exit/2 sent
// to itself. Messages are copied onto the receiver's heap when sent; when
// the receiver has no pending signals they go straight to its message
// queue (the order is the same). Link and monitor bookkeeping is updated on
// both sides at once; whether a link or monitor still exists is checked
// again when its exit or DOWN signal is handled, so unlink/demonitor are
// exact.
#pragma once

#include "vm/process.hpp"

namespace openbeam::vm {

// Queues a copy of `msg` for `to` (which must not be exiting).
void send_message(Process* to, Term msg);
// `dest` ! msg from `from`: dest is a pid, a registered name, {Name, Node}
// or an alias reference. False for a destination erl rejects (badarg);
// messages to dead processes and inactive aliases vanish silently.
bool send_to(Process* from, Term dest, Term msg);

// An exit signal from `from` (a pid) to `to`: linked = true when it comes
// from a link of a terminating process, false for exit/2.
void send_exit_signal(Process* to, Term from, Term reason, bool linked);

// Handles `p`'s queued signals in order. False when one of them terminates
// `p`: then p->exit_reason holds the reason and the caller terminates it.
bool handle_signals(Process* p);

// The live process `pid` (not the running one) after it handled its
// pending signals, which may end it: then null. ERTS answers
// is_process_alive/1 and process_info/2 through signals, so their answers
// reflect every signal sent before.
Process* process_after_signals(Term pid);

// A DOWN signal for port monitor `m` (the watcher's side) to `to`: the
// port `item` (or {Name, Node} for a monitor by name) ended with `reason`.
void send_port_down(Process* to, const MonitorLink& m, Term item, Term reason);

// Links / unlinks two live processes (both sides at once).
void link_processes(Process* a, Process* b);
void unlink_processes(Process* a, Term b_pid);

// Ends `p` with `reason`: exit signals to linked processes, DOWN messages to
// monitoring processes, names, aliases and timers released, removed from
// the process table. The scheduler frees its memory later.
void terminate_process(Process* p, Term reason);

// Hooks other subsystems register to learn about terminating processes
// (ETS tables, for one). Called once per process, before its memory goes.
using ExitHook = void (*)(Process* p);
void add_exit_hook(ExitHook hook);

}  // namespace openbeam::vm
