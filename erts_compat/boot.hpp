// Booting the stock OTP (see boot.cpp).
#pragma once

#include "erts_compat/cmdline.hpp"

namespace openbeam::erts_compat {

// Loads the preloaded modules of cmd.root's installation, starts init with
// cmd.init_args and runs until the system halts. Returns only on failure
// to start (an exit status).
int run_boot(const EmulatorCommand& cmd);

}  // namespace openbeam::erts_compat
