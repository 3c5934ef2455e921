// Booting the stock OTP: load the preloaded modules from the installation,
// start the processes ERTS starts (init as <0.0.0> running
// erl_init:start(init, BootArgs), then the code purger, the literal area
// collector and the dirty signal handlers), and run until erlang:halt/1,2.
#include "erts_compat/boot.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/os_signals.hpp"
#include "vm/code.hpp"
#include "vm/port_spawn.hpp"
#include "vm/process.hpp"
#include "vm/scheduler.hpp"

namespace fs = std::filesystem;

namespace openbeam::erts_compat {

namespace {

// ERTS's preloaded modules in the order it loads them (erlang:pre_loaded/0
// lists them last first).
const char* const kPreloaded[] = {
    "erts_code_purger", "erl_init", "init", "prim_buffer", "prim_eval", "prim_inet", "prim_file",
    "zlib", "socket_registry", "prim_socket", "prim_net", "prim_zip", "erl_prim_loader", "erlang",
    "erts_internal", "erl_tracer", "erts_literal_area_collector", "erts_dirty_process_signal_handler",
    "atomics", "counters", "persistent_term",
};

std::string preloaded_dir(const std::string& root) {
  std::error_code ec;
  for (const fs::path& base : {fs::path(root) / "lib", fs::path(root)}) {
    for (const auto& d : fs::directory_iterator(base, ec)) {
      std::string name = d.path().filename().string();
      if (name.rfind("erts-", 0) == 0 && fs::exists(d.path() / "ebin" / "init.beam", ec)) {
        return (d.path() / "ebin").string();
      }
    }
  }
  return "";
}

bool load_preloaded(const std::string& dir) {
  for (const char* name : kPreloaded) {
    std::string file = dir + "/" + name + ".beam";
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "openbeam: preloaded module %s is missing\n", file.c_str());
      return false;
    }
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string err;
    if (!vm::load_module(bytes.data(), bytes.size(), vm::atom(name), &err, true)) {
      std::fprintf(stderr, "openbeam: cannot load preloaded module %s: %s\n", file.c_str(), err.c_str());
      return false;
    }
  }
  return true;
}

vm::Process* spawn_system(vm::Term mod, const char* fun, vm::Term args, bool system) {
  vm::Process* p = vm::scheduler().spawn(nullptr, mod, vm::atom(fun), args, vm::SpawnOptions{});
  if (p) p->system_process = system;
  return p;
}

}  // namespace

namespace {
// -detached: the caller gets its exit status 0 at once; the system runs on
// in a grandchild in its own session with stdio on /dev/null (as erlexec).
// Returns false in the processes that must exit now.
bool detach() {
  if (fork() != 0) return false;
  setsid();
  if (fork() != 0) return false;
  int in = open("/dev/null", O_RDONLY), out = open("/dev/null", O_WRONLY);
  if (in >= 0) dup2(in, 0);
  if (out >= 0) {
    dup2(out, 1);
    dup2(out, 2);
  }
  if (in > 2) close(in);
  if (out > 2) close(out);
  return true;
}
}  // namespace

int run_boot(const EmulatorCommand& cmd) {
  if (cmd.detached && !detach()) return 0;
  std::error_code ec;
  if (!fs::is_directory(fs::path(cmd.root) / "lib", ec)) {
    std::fprintf(stderr, "openbeam: no OTP installation found at %s (use -root DIR)\n", cmd.root.c_str());
    return 1;
  }
  std::string dir = preloaded_dir(cmd.root);
  if (dir.empty()) {
    std::fprintf(stderr, "openbeam: no erts-*/ebin with the preloaded modules under %s\n", cmd.root.c_str());
    return 1;
  }
  bifs::register_bifs();
  bifs::install_boot_error_reports();
  vm::start_os_signals();
  if (!load_preloaded(dir)) return 1;

  bool torture = std::getenv("OPENBEAM_GC_TORTURE") != nullptr;
  vm::set_gc_torture_for_new_processes(torture);
  vm::Term nil = vm::make_nil();
  {
    // The boot arguments are built on a scratch process; spawn copies them.
    vm::Process scratch;
    std::vector<vm::Term> bins;
    for (const std::string& a : cmd.init_args) {
      bins.push_back(vm::make_binary(scratch, reinterpret_cast<const uint8_t*>(a.data()), a.size()));
    }
    vm::Term boot_args = bifs::make_list_from(&scratch, bins.data(), bins.size());
    vm::Term start_args[2] = {vm::atom("init"), boot_args};
    vm::Term args = bifs::make_list_from(&scratch, start_args, 2);
    vm::Process* init = spawn_system(vm::atom("erl_init"), "start", args, false);
    if (!init) return 1;
    vm::open_forker_port(init);
  }
  spawn_system(vm::atom("erts_code_purger"), "start", nil, true);
  spawn_system(vm::atom("erts_literal_area_collector"), "start", nil, true);
  for (int i = 0; i < 3; i++) spawn_system(vm::atom("erts_dirty_process_signal_handler"), "start", nil, true);
  vm::scheduler().run_forever();
  return 0;
}

}  // namespace openbeam::erts_compat
