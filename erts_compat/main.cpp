// openbeam: the virtual machine's command line.
//
// The interpreter arrives with the interpreter-core issue; for now the VM
// binary loads modules and reports what it found, so that loading can be
// exercised and timed end to end:
//   openbeam --load FILE.beam...   load each file, print a summary line
//   openbeam --version
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "loader/beam_file.hpp"

static int usage() {
  std::fprintf(stderr,
               "usage: openbeam --load FILE.beam...\n"
               "       openbeam --version\n"
               "OpenBEAM does not run Erlang code yet; see docs/STATUS.md.\n");
  return 2;
}

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("OpenBEAM 0.1.0 (loader only; reference platform Erlang/OTP 25)\n");
    return 0;
  }
  if (std::strcmp(argv[1], "--load") != 0) return usage();
  int status = 0;
  size_t modules = 0, instrs = 0, literals = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 2; i < argc; i++) {
    openbeam::loader::LoadError err;
    auto bf = openbeam::loader::read_beam_file(argv[i], &err);
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
