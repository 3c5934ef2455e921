// The spawn driver: open_port({spawn, Command}, ...) and
// open_port({spawn_executable, File}, ...) run an OS program (see
// port_spawn.cpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vm/ports.hpp"

namespace openbeam::vm {

struct SpawnSpec {
  bool executable = false;        // spawn_executable: exec `command` itself, no shell
  std::string command;            // the shell command line, or the program's file name
  std::vector<std::string> argv;  // spawn_executable: argv (argv[0] included)
  std::vector<std::string> env;   // the program's whole environment, "NAME=VALUE"
  std::string cd;                 // working directory ("" = the VM's)
  bool use_stdio = true;          // false: the program uses fds 3 (in) and 4 (out)
  bool stderr_to_stdout = false;
};

// Starts the program. On failure returns null with *err set to the errno
// erl reports (spawn_executable of a missing or non-executable file).
std::unique_ptr<PortDriver> make_spawn_driver(const SpawnSpec& spec, const PortOptions& opts, int* err);

// ERTS starts programs through its "forker" port (to erl_child_setup),
// opened first thing at boot and connected to init. The spawn driver
// forks by itself; this port only stands where erl's is, so
// erlang:ports() and port numbering match erl. Writing to it fails.
void open_forker_port(Process* init);

}  // namespace openbeam::vm
