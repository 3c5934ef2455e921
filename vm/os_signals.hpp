// OS signals as ERTS treats them: SIGTERM, SIGUSR1 and SIGQUIT (and any
// signal os:set_signal(Sig, handle) names) become {notify, SigName}
// messages to the process registered as erl_signal_server (kernel's
// erl_signal_handler stops the system on sigterm, halts on sigusr1 and
// sigquit); with no such process they are dropped, as in ERTS.
//
// The handler only writes the signal number to a pipe; a dispatcher thread
// reads it and posts the delivery to the scheduler (vm/io_events.hpp).
#pragma once

#include "vm/term.hpp"

namespace openbeam::vm {

// Starts the dispatcher and installs ERTS's default handlers (booted system).
void start_os_signals();
// os:set_signal/2: `how` is handle, default or ignore. False for a signal
// name ERTS does not accept.
bool set_os_signal(Term name, Term how);

}  // namespace openbeam::vm
