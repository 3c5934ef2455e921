// openbeam-disasm FILE.beam...          listings on stdout
// openbeam-disasm --out-dir DIR FILE... one listing per file in DIR
//
// In --out-dir mode each listing goes to DIR/KEY.dis where KEY is the file's
// absolute path without the leading '/' and with '/' replaced by '%' (the
// naming tools/disasm-check uses). A file beam_disasm itself cannot
// disassemble gets the listing "error". Exit status: 0 if every file was
// read, 1 if any file was malformed (reported on stderr), 2 on bad usage.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "loader/beam_file.hpp"
#include "tools/disasm/disasm.hpp"

namespace {

std::string key_of(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
  if (ec) abs = path;
  if (!abs.empty() && abs[0] == '/') abs.erase(0, 1);
  for (char& c : abs) {
    if (c == '/') c = '%';
  }
  return abs + ".dis";
}

int usage() {
  std::fprintf(stderr, "usage: openbeam-disasm [--out-dir DIR] FILE.beam...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_dir;
  std::vector<std::string> files;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--out-dir") {
      if (++i >= argc) return usage();
      out_dir = argv[i];
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "openbeam-disasm: unknown option %s\n", a.c_str());
      return usage();
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) return usage();
  if (!out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
  }
  int status = 0;
  for (const std::string& f : files) {
    openbeam::loader::LoadError err;
    auto bf = openbeam::loader::read_beam_file(f, &err);
    if (!bf) {
      std::fprintf(stderr, "openbeam-disasm: %s: %s\n", f.c_str(), err.to_string().c_str());
      status = 1;
      continue;
    }
    auto listing = openbeam::disasm::disassemble(*bf);
    std::string text = listing ? *listing : "error\n";
    if (!listing) {
      std::fprintf(stderr, "openbeam-disasm: %s: beam_disasm cannot disassemble this file\n", f.c_str());
    }
    if (out_dir.empty()) {
      std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
      std::ofstream out(out_dir + "/" + key_of(f), std::ios::binary);
      out.write(text.data(), std::streamsize(text.size()));
      if (!out) {
        std::fprintf(stderr, "openbeam-disasm: cannot write listing for %s\n", f.c_str());
        status = 1;
      }
    }
  }
  return status;
}
