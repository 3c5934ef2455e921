// erl's command line -> the emulator's (see cmdline.hpp). Follows what
// erts/etc/common/erlexec.c documents and does; written for OpenBEAM.
#include "erts_compat/cmdline.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace openbeam::erts_compat {

namespace {

// Splits an environment variable's or args file's text into arguments:
// whitespace separated, "..." and '...' quote, \ escapes.
std::vector<std::string> split_args(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  bool in_arg = false;
  char quote = 0;
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      else if (c == '\\' && quote == '"' && i + 1 < text.size()) cur.push_back(text[++i]);
      else cur.push_back(c);
    } else if (c == '"' || c == '\'') {
      quote = c;
      in_arg = true;
    } else if (c == '\\' && i + 1 < text.size()) {
      cur.push_back(text[++i]);
      in_arg = true;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (in_arg) out.push_back(cur);
      cur.clear();
      in_arg = false;
    } else {
      cur.push_back(c);
      in_arg = true;
    }
  }
  if (in_arg) out.push_back(cur);
  return out;
}

std::vector<std::string> env_args(const char* name) {
  const char* v = std::getenv(name);
  return v ? split_args(v) : std::vector<std::string>{};
}

bool read_args_file(const std::string& file, std::vector<std::string>* out, std::string* error, int depth);

// Appends `in` to `out`, expanding -args_file and moving -extra arguments
// to `extra`.
bool expand(const std::vector<std::string>& in, std::vector<std::string>* out, std::vector<std::string>* extra,
            std::string* error, int depth) {
  for (size_t i = 0; i < in.size(); i++) {
    if (in[i] == "-args_file") {
      if (i + 1 >= in.size()) {
        *error = "missing file name after -args_file";
        return false;
      }
      std::vector<std::string> file_args;
      if (!read_args_file(in[++i], &file_args, error, depth + 1)) return false;
      if (!expand(file_args, out, extra, error, depth + 1)) return false;
    } else if (in[i] == "-extra") {
      extra->insert(extra->end(), in.begin() + long(i) + 1, in.end());
      return true;
    } else {
      out->push_back(in[i]);
    }
  }
  return true;
}

bool read_args_file(const std::string& file, std::vector<std::string>* out, std::string* error, int depth) {
  if (depth > 16) {
    *error = "-args_file files nest too deeply";
    return false;
  }
  std::ifstream in(file);
  if (!in) {
    *error = "cannot open arguments file " + file;
    return false;
  }
  std::string text, line;
  while (std::getline(in, line)) {
    if (size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    text += line + "\n";
  }
  *out = split_args(text);
  return true;
}

std::string erts_bindir(const std::string& root) {
  std::error_code ec;
  for (const auto& d : fs::directory_iterator(fs::path(root), ec)) {
    std::string name = d.path().filename().string();
    if (name.rfind("erts-", 0) == 0) return (d.path() / "bin").string();
  }
  return root + "/bin";
}

}  // namespace

std::string find_otp_root(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* path = std::getenv("PATH")) {
    std::string p = path;
    size_t start = 0;
    while (start <= p.size()) {
      size_t end = p.find(':', start);
      if (end == std::string::npos) end = p.size();
      fs::path erl = fs::path(p.substr(start, end - start)) / "erl";
      std::error_code ec;
      if (fs::exists(erl, ec)) {
        fs::path real = fs::canonical(erl, ec);
        if (!ec) {
          // /usr/lib/erlang/bin/erl -> /usr/lib/erlang
          fs::path root = real.parent_path().parent_path();
          if (fs::exists(root / "lib", ec)) return root.string();
        }
      }
      start = end + 1;
    }
  }
  return "/usr/lib/erlang";
}

bool parse_erl_command(const std::vector<std::string>& argv, EmulatorCommand* out, std::string* error) {
  std::vector<std::string> args, extra;
  if (!expand(env_args("ERL_AFLAGS"), &args, &extra, error, 0)) return false;
  if (!expand(argv, &args, &extra, error, 0)) return false;
  if (!expand(env_args("ERL_FLAGS"), &args, &extra, error, 0)) return false;
  if (!expand(env_args("ERL_ZFLAGS"), &args, &extra, error, 0)) return false;

  std::string root;
  std::vector<std::string> user;
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& a = args[i];
    auto next = [&](std::string* v) {
      if (i + 1 >= args.size()) {
        *error = "missing argument(s) for '" + a + "'";
        return false;
      }
      *v = args[++i];
      return true;
    };
    if (a.size() >= 2 && a[0] == '+') {
      // An emulator flag, with its value when one follows.
      out->emu_flags.push_back("-" + a.substr(1));
      if (i + 1 < args.size() && !args[i + 1].empty() && args[i + 1][0] != '-' && args[i + 1][0] != '+') {
        out->emu_flags.push_back(args[++i]);
      }
    } else if (a == "-root") {
      if (!next(&root)) return false;
    } else if (a == "-env") {
      std::string var, val;
      if (!next(&var) || !next(&val)) return false;
      setenv(var.c_str(), val.c_str(), 1);
    } else if (a == "-emu_args") {
      out->print_args = true;
    } else if (a == "-emu_args_exit") {
      out->print_args = out->exit_after_print = true;
    } else if (a == "-detached") {
      out->detached = true;
      user.insert(user.end(), {"-noshell", "-noinput"});
    } else if (a == "-noinput") {
      user.insert(user.end(), {"-noshell", "-noinput"});
    } else if (a == "-configfd") {
      std::string fd;
      if (!next(&fd)) return false;
      if (fd == "0") user.insert(user.end(), {"-noshell", "-noinput"});
      user.insert(user.end(), {a, fd});
    } else if (a == "-compile") {
      // erlc's old interface: compile the files given as plain arguments.
      user.insert(user.end(), {"-noshell", "-noinput", "-s", "c", "lc_batch"});
      out->emu_flags.push_back("-B");
    } else if (a == "-make") {
      // make:all_or_nothing() in the current directory, then halt; the
      // rest of the command line is ignored, as erl does.
      user.insert(user.end(), {"-noshell", "-noinput", "-s", "make", "all_or_nothing", "-s", "erlang", "halt"});
      out->emu_flags.push_back("-B");
      extra.clear();
      break;
    } else {
      user.push_back(a);
    }
  }
  out->root = find_otp_root(root);
  const char* home = std::getenv("HOME");
  out->init_args = {"-root", out->root, "-bindir", erts_bindir(out->root), "-progname", "erl", "--"};
  if (home) {
    out->init_args.push_back("-home");
    out->init_args.push_back(home);
  }
  out->init_args.push_back("--");
  out->init_args.insert(out->init_args.end(), user.begin(), user.end());
  if (!extra.empty()) {
    out->init_args.push_back("-extra");
    out->init_args.insert(out->init_args.end(), extra.begin(), extra.end());
  }
  return true;
}

bool parse_emulator_command(const std::vector<std::string>& argv, EmulatorCommand* out, std::string* error) {
  size_t i = 0;
  for (; i < argv.size() && argv[i] != "--"; i++) out->emu_flags.push_back(argv[i]);
  if (i == argv.size()) {
    *error = "no '--' before the boot arguments";
    return false;
  }
  out->init_args.assign(argv.begin() + long(i) + 1, argv.end());
  std::string root;
  for (size_t j = 0; j + 1 < out->init_args.size(); j++) {
    if (out->init_args[j] == "-root") root = out->init_args[j + 1];
  }
  out->root = find_otp_root(root);
  return true;
}

}  // namespace openbeam::erts_compat
