// erl's command line, as the stock `erl` script and erlexec turn it into the
// emulator's: emulator flags (`+X ...`), then after `--` the arguments init
// parses (`-root R -bindir B -progname erl -- -home H -- <user args>`).
//
// Two entry forms:
//   openbeam [erl flags]          behaves like `erl` (ERL_AFLAGS, ERL_FLAGS,
//                                 ERL_ZFLAGS, -args_file, -extra, -env, ...)
//   beam.smp [emu flags] -- ...   the emulator form erlexec execs, for
//                                 OpenBEAM installed as `beam.smp` under the
//                                 stock erl
#pragma once

#include <string>
#include <vector>

namespace openbeam::erts_compat {

struct EmulatorCommand {
  std::vector<std::string> emu_flags;  // "-S", "1", "-P", "1000", ... (+ turned into -)
  std::vector<std::string> init_args;  // what erl_init:start/2 receives
  std::string root;                    // OTP root (-root)
  bool print_args = false;             // -emu_args: show the emulator command line
  bool exit_after_print = false;       // -emu_args_exit
  bool detached = false;               // -detached: run as a daemon, stdio on /dev/null
};

// erl form. Returns false with *error set for a malformed command line.
bool parse_erl_command(const std::vector<std::string>& argv, EmulatorCommand* out, std::string* error);
// beam.smp form (everything after the program name).
bool parse_emulator_command(const std::vector<std::string>& argv, EmulatorCommand* out, std::string* error);

// The OTP root: `given`, else the installation of the `erl` on PATH, else
// /usr/lib/erlang.
std::string find_otp_root(const std::string& given);

}  // namespace openbeam::erts_compat
