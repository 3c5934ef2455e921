// openbeam: the virtual machine's command line.
//
//   openbeam --bare [-pa DIR]... -s MOD [FUN [ARG...]]
//       Runs MOD:FUN() (FUN defaults to start), or MOD:FUN([ARG...]) with the
//       arguments as atoms, like erl's -s, without booting OTP: modules load
//       on first call from the -pa directories, then from the OTP install's
//       lib/*/ebin and erts-*/ebin. Exit status 0 when the function returns;
//       an uncaught exception is printed to stderr and the status is 1.
//   openbeam --load FILE.beam...   load each file, print a summary line
//   openbeam --version
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "bifs/bifs.hpp"
#include "erts_compat/boot.hpp"
#include "erts_compat/cmdline.hpp"
#include "loader/beam_file.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/interp.hpp"
#include "vm/scheduler.hpp"
#include "vm/term_write.hpp"

namespace fs = std::filesystem;
using namespace openbeam;

static int usage() {
  std::fprintf(stderr,
               "usage: openbeam [erl flags]       (boots the stock OTP like erl)\n"
               "       openbeam --bare [-pa DIR]... -s MOD [FUN [ARG...]]\n"
               "       openbeam --load FILE.beam...\n"
               "       openbeam --version\n");
  return 2;
}

// The OTP root: -root, else next to the `erl` on PATH, else /usr/lib/erlang.
static void add_otp_paths(const std::string& root) {
  std::vector<std::string> dirs;
  std::error_code ec;
  for (const auto& d : fs::directory_iterator(fs::path(root) / "lib", ec)) {
    fs::path ebin = d.path() / "ebin";
    if (fs::is_directory(ebin, ec)) dirs.push_back(ebin.string());
  }
  for (const auto& d : fs::directory_iterator(fs::path(root), ec)) {
    std::string name = d.path().filename().string();
    if (name.rfind("erts-", 0) == 0 && fs::is_directory(d.path() / "ebin", ec)) {
      dirs.push_back((d.path() / "ebin").string());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  for (auto& d : dirs) vm::code_path().push_back(d);
}

// What the OTP boot would have set up and bare mode must provide instead.
// erl_features computes its state from init:get_arguments/0 the first time
// it is used; bare mode has no init process, so the VM records the state
// erl_features computes for a command line without -enable-feature /
// -disable-feature: no enabled features, no extra keywords.
static void seed_boot_state(vm::Process* p) {
  vm::Term ef = vm::atoms::am_erl_features;
  vm::Term kv[2];
  const char* keys[] = {"enabled_features", "keywords"};
  for (const char* k : keys) {
    kv[0] = vm::make_tuple2(p, ef, vm::atom(k));
    kv[1] = vm::make_nil();
    bifs::persistent_term_put(p, kv);
  }
  kv[0] = vm::make_tuple2(p, ef, vm::atoms::am_init_done);
  kv[1] = vm::atoms::am_true;
  bifs::persistent_term_put(p, kv);
  // No logger runs in bare mode: its primary level (which logger:allow/2,
  // behind every ?LOG_* macro of the stock modules, reads from a persistent
  // term) is `none` (-1), so gen_server, supervisor and proc_lib reports are
  // skipped instead of reaching a logger that does not exist. The
  // conformance reference runs erl with the same level.
  kv[0] = vm::make_tuple2(p, vm::atom("logger_config"), vm::atom("$primary_config$"));
  kv[1] = vm::make_small(-1);
  bifs::persistent_term_put(p, kv);
}

static int run_bare(int argc, char** argv) {
  std::vector<std::string> pa;
  std::string root, mod, fun = "start";
  std::vector<std::string> args;
  bool have_s = false;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-pa") {
      while (i + 1 < argc && argv[i + 1][0] != '-') pa.push_back(argv[++i]);
    } else if (a == "-root" && i + 1 < argc) {
      root = argv[++i];
    } else if (a == "-s" && i + 1 < argc) {
      have_s = true;
      mod = argv[++i];
      if (i + 1 < argc && argv[i + 1][0] != '-') fun = argv[++i];
      while (i + 1 < argc && argv[i + 1][0] != '-') args.push_back(argv[++i]);
    } else {
      std::fprintf(stderr, "openbeam: unknown argument %s\n", a.c_str());
      return usage();
    }
  }
  if (!have_s) return usage();
  std::string otp = erts_compat::find_otp_root(root);
  std::error_code ec;
  if (!fs::is_directory(fs::path(otp) / "lib", ec)) {
    std::fprintf(stderr, "openbeam: no OTP installation found at %s (use -root DIR)\n", otp.c_str());
    return 1;
  }
  for (auto& d : pa) vm::code_path().push_back(d);
  add_otp_paths(otp);
  bifs::register_bifs();

  auto m = vm::atom_from_utf8(mod);
  auto f = vm::atom_from_utf8(fun);
  if (!m || !f) {
    std::fprintf(stderr, "openbeam: bad module or function name\n");
    return 1;
  }
  // The first process runs MOD:FUN(Args) like `erl -s` does; the program
  // ends when it does (other processes are not waited for, as the
  // conformance runner halts erl when the main process ends).
  vm::Scheduler& sched = vm::scheduler();
  vm::Term args_list = vm::make_nil();
  std::vector<vm::Term> as;
  for (auto& s : args) {
    auto a = vm::atom_from_utf8(s);
    if (!a) {
      std::fprintf(stderr, "openbeam: bad argument %s\n", s.c_str());
      return 1;
    }
    as.push_back(*a);
  }
  vm::Process* p;
  {
    // Arguments are built on a scratch process and copied by spawn.
    vm::Process scratch;
    if (!as.empty()) {
      vm::Term l = bifs::make_list_from(&scratch, as.data(), as.size());
      args_list = bifs::make_list_from(&scratch, &l, 1);
    }
    p = sched.spawn(nullptr, *m, *f, args_list, vm::SpawnOptions{});
  }
  // OPENBEAM_GC_TORTURE=1: collect at every safe point (finds rooting bugs).
  bool torture = std::getenv("OPENBEAM_GC_TORTURE") != nullptr;
  if (torture) p->set_gc_torture(true);
  vm::set_gc_torture_for_new_processes(torture);
  seed_boot_state(p);
  bool ended = sched.run_until_exit(p);
  std::fflush(stdout);
  if (std::getenv("OPENBEAM_GC_STATS")) {
    std::fprintf(stderr, "openbeam: %llu collections, heap %zu words\n",
                 static_cast<unsigned long long>(p->gc_count), p->heap_words());
  }
  if (!ended) {
    std::fprintf(stderr, "openbeam: deadlock: %s:%s is waiting for a message that no process can send\n",
                 mod.c_str(), fun.c_str());
    return 1;
  }
  if (p->exit_reason == vm::atoms::am_normal) return 0;
  std::string msg;
  if (p->crashed) {
    msg = "openbeam: uncaught " + vm::write_term(vm::exception_class_atom(p->exc_class)) + ": " +
          vm::write_term(p->exc_reason) + "\n  stacktrace: " +
          vm::write_term(vm::raw_trace_list(p, p->exc_stacktrace)) + "\n";
  } else {
    msg = "openbeam: " + mod + ":" + fun + " exited: " + vm::write_term(p->exit_reason) + "\n";
  }
  std::fwrite(msg.data(), 1, msg.size(), stderr);
  return 1;
}

static int run_load(int argc, char** argv) {
  int status = 0;
  size_t modules = 0, instrs = 0, literals = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 2; i < argc; i++) {
    loader::LoadError err;
    auto bf = loader::read_beam_file(argv[i], &err);
    if (!bf) {
      std::fprintf(stderr, "openbeam: %s: %s\n", argv[i], err.to_string().c_str());
      status = 1;
      continue;
    }
    modules++;
    instrs += bf->code.size();
    literals += bf->literals.size();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("loaded %zu modules: %zu instructions, %zu literals in %.3f s\n", modules, instrs,
              literals, secs);
  return status;
}

int main(int argc, char** argv) {
  // Like ERTS: a closed pipe is an epipe error on the port, not a signal.
  std::signal(SIGPIPE, SIG_IGN);
  std::string prog = fs::path(argv[0]).filename().string();
  std::vector<std::string> rest(argv + 1, argv + argc);
  if (prog.rfind("beam", 0) == 0) {
    // Installed as the emulator under the stock erl: erlexec's command line.
    erts_compat::EmulatorCommand ec;
    std::string err;
    if (!erts_compat::parse_emulator_command(rest, &ec, &err)) {
      std::fprintf(stderr, "openbeam: %s\n", err.c_str());
      return 1;
    }
    return erts_compat::run_boot(ec);
  }
  std::string cmd = argc >= 2 ? argv[1] : "";
  if (cmd == "--version") {
    std::printf("OpenBEAM 0.1.0 (reference platform Erlang/OTP 25)\n");
    return 0;
  }
  if (cmd == "--load") return run_load(argc, argv);
  if (cmd == "--bare") return run_bare(argc, argv);
  if (cmd == "--help") return usage();
  erts_compat::EmulatorCommand ec;
  std::string err;
  if (!erts_compat::parse_erl_command(rest, &ec, &err)) {
    std::fprintf(stderr, "openbeam: %s\n", err.c_str());
    return 1;
  }
  if (ec.print_args) {
    std::string line = argv[0];
    for (const auto& f : ec.emu_flags) line += " " + f;
    line += " --";
    for (const auto& a : ec.init_args) line += " " + a;
    std::fprintf(stderr, "%s\n", line.c_str());
    if (ec.exit_after_print) return 0;
  }
  return erts_compat::run_boot(ec);
}
