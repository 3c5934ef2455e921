// Port BIFs: the erts_internal primitives under erlang:open_port/2,
// port_command/2,3, port_control/3, port_close/1, port_connect/2 and
// port_info/1,2 (they return error atoms; erlang.erl raises), plus
// erlang:ports/0, port_to_list/1, port_set_data/2, port_get_data/1.
//
// Drivers: {fd, In, Out} (vm/port_fd.cpp), {spawn, Command} and
// {spawn_executable, File} (vm/port_spawn.cpp). Bad settings return badopt,
// a bad port name or combination badarg, a failed start the errno's name.
#include <string.h>

#include <algorithm>
#include <map>

#include "bifs/bifs.hpp"
#include "bifs/iodata.hpp"
#include "bifs/prim_file.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/bits.hpp"
#include "vm/port_fd.hpp"
#include "vm/port_inet.hpp"
#include "vm/port_spawn.hpp"
#include "vm/ports.hpp"
#include "vm/process_table.hpp"

extern char** environ;

namespace openbeam::bifs {

using namespace vm;

namespace {

// Port or registered name -> open port, or null.
Port* port_arg(Term t) {
  if (is_atom(t)) {
    Term who = whereis_name(t);
    if (who == kNonValue) return nullptr;
    t = who;
  }
  return lookup_port(t);
}

// A file name argument as ERTS converts it (erts_convert_filename_to_*):
// a possibly deep character list, an atom when `allow_atom`, [] when
// `allow_empty`, or a binary (its bytes up to a NUL).
bool filename_arg(Term t, bool allow_empty, bool allow_atom, std::string* out) {
  out->clear();
  if (is_atom(t)) {
    if (!allow_atom) return false;
    std::string_view v = atom_text(t);
    if (v.find('\0') != std::string_view::npos) return false;
    out->assign(v);
    return true;
  }
  if (is_nil(t)) return allow_empty;
  if (is_list(t)) return file::name_chars(t, out);
  if (!is_bitstring(t)) return false;  // erl takes the whole bytes of any bitstring
  std::vector<uint8_t> scratch;
  BitsView v = bits_view(t);
  const uint8_t* b = view_bytes(v, scratch);
  out->assign(reinterpret_cast<const char*>(b), strnlen(reinterpret_cast<const char*>(b), v.bytes));
  return true;
}

// An environment variable's name or value (a character list; names
// without '=').
bool env_text(Term t, bool name, std::string* out) {
  out->clear();
  if (!is_list(t) && !is_nil(t)) return false;
  if (is_list(t) && !file::name_chars(t, out)) return false;
  return !name || out->find('=') == std::string::npos;
}

// What open_port/2's settings ask for (ERTS's SysDriverOpts).
struct OpenSettings {
  PortOptions port;
  SpawnSpec spawn;
  bool in = false, out = false;
  bool has_argv = false;
  std::string arg0;
  bool has_arg0 = false;
  Term cd = kNonValue;
  bool has_env = false;
  std::vector<std::pair<std::string, std::string>> env;  // value "" with unset: remove
  std::vector<bool> env_unset;
};

// {env, [{Name, Value | false}]}: false for a malformed list.
bool parse_env(Term l, OpenSettings* o) {
  o->env.clear();
  o->env_unset.clear();
  for (; is_list(l); l = cdr(l)) {
    Term x = car(l);
    if (!is_tuple(x) || tuple_arity(x) != 2) return false;
    std::string k, v;
    Term val = tuple_element(x, 2);
    bool unset = is_nil(val) || val == atoms::am_false;
    if (!env_text(tuple_element(x, 1), true, &k) || (!unset && !env_text(val, false, &v))) return false;
    o->env.emplace_back(k, v);
    o->env_unset.push_back(unset);
  }
  o->has_env = true;
  return is_nil(l);
}

// {args, [Arg]}: false for a malformed list.
bool parse_args(Term l, OpenSettings* o) {
  if (list_length(l) < 0) return false;
  o->spawn.argv.assign(1, std::string());
  for (; is_list(l); l = cdr(l)) {
    std::string a;
    if (!filename_arg(car(l), true, true, &a)) return false;
    o->spawn.argv.push_back(a);
  }
  o->has_argv = true;
  return true;
}

// busy_limits_port / busy_limits_msgq: disabled | {Low, High}.
bool busy_limits(Term v) {
  if (v == atom("disabled")) return true;
  if (!is_tuple(v) || tuple_arity(v) != 2) return false;
  Term lo = tuple_element(v, 1), hi = tuple_element(v, 2);
  return is_small(lo) && is_small(hi) && small_value(lo) >= 1 && small_value(hi) >= 1;
}

// Parses the settings list; false: erl's badopt.
bool parse_options(Term l, OpenSettings* s) {
  PortOptions* o = &s->port;
  for (; is_list(l); l = cdr(l)) {
    Term x = car(l);
    if (x == atoms::am_binary) o->binary = true;
    else if (x == atoms::am_eof) o->eof = true;
    else if (x == atoms::am_in) s->in = true;
    else if (x == atoms::am_out) s->out = true;
    else if (x == atoms::am_stream) o->packet = 0;
    else if (x == atom("line")) o->line = 512;
    else if (x == atom("use_stdio")) s->spawn.use_stdio = true;
    else if (x == atom("nouse_stdio")) s->spawn.use_stdio = false;
    else if (x == atom("stderr_to_stdout")) s->spawn.stderr_to_stdout = true;
    else if (x == atom("overlapped_io")) {
    } else if (x == atom("hide")) o->hide = true;
    else if (x == atom("exit_status")) o->exit_status = true;
    else if (is_tuple(x) && tuple_arity(x) == 2) {
      Term k = tuple_element(x, 1), v = tuple_element(x, 2);
      if (k == atom("packet")) {
        if (!is_small(v) || (small_value(v) != 1 && small_value(v) != 2 && small_value(v) != 4)) return false;
        o->packet = unsigned(small_value(v));
      } else if (k == atom("line")) {
        if (!is_small(v) || small_value(v) <= 0) return false;
        o->line = size_t(small_value(v));
      } else if (k == atom("env")) {
        if (!parse_env(v, s)) return false;
      } else if (k == atom("args")) {
        if (!parse_args(v, s)) return false;
      } else if (k == atom("arg0")) {
        if (!filename_arg(v, true, true, &s->arg0)) return false;
        s->has_arg0 = true;
      } else if (k == atom("cd")) {
        s->cd = v;
      } else if (k == atom("parallelism")) {
        if (v != atoms::am_true && v != atoms::am_false) return false;
      } else if (k == atom("busy_limits_port") || k == atom("busy_limits_msgq")) {
        if (!busy_limits(v)) return false;
      } else {
        return false;
      }
    } else {
      return false;
    }
  }
  if (!is_nil(l)) return false;
  if (!s->in && !s->out) s->in = s->out = true;
  o->in = s->in;
  o->out = s->out;
  // Mutually exclusive settings.
  return !(o->line && o->packet) && !(s->spawn.stderr_to_stdout && !s->spawn.use_stdio);
}

// The program's environment: the VM's, changed by the env option, sorted
// by name (erl keeps it in a tree).
std::vector<std::string> spawn_environment(const OpenSettings& s) {
  std::map<std::string, std::string> env;
  for (char** e = environ; e && *e; e++) {
    std::string_view kv(*e);
    size_t eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    env[std::string(kv.substr(0, eq))] = std::string(kv.substr(eq + 1));
  }
  for (size_t i = 0; i < s.env.size(); i++) {
    if (s.env_unset[i]) env.erase(s.env[i].first);
    else env[s.env[i].first] = s.env[i].second;
  }
  std::vector<std::string> out;
  for (auto& [k, v] : env) out.push_back(k + "=" + v);
  return out;
}

// ERTS opens {spawn, "Name Args"} with the linked-in driver Name when
// there is one (the stock user_drv asks for "tty_sl -c -e", ram_file for
// "ram_file_drv"). The inet drivers are here (vm/port_inet.cpp); the
// others are not: such ports fail to open with einval, erl's error when
// tty_sl cannot start (no terminal), so user_drv falls back to the dumb
// `user`.
bool names_linked_in_driver(const std::string& command) {
  std::string first = command.substr(0, command.find(' '));
  for (const char* d : {"tty_sl", "ram_file_drv", "sctp_inet"}) {
    if (first == d) return true;
  }
  return false;
}

// {spawn_driver, Name} and {spawn, Name} for a driver that is here: the
// inet drivers.
Port* open_driver_port(Process* p, const std::string& command, const PortOptions& opts) {
  std::string first = command.substr(0, command.find(' '));
  if (!is_inet_driver_name(first)) return nullptr;
  return open_port(p, first, opts, make_inet_driver(first));
}

// {spawn, Command} / {spawn_executable, File}: the port id, or the error
// atom erts_internal:open_port/2 returns.
Term open_spawn_port(Process* p, Term kind, Term command, OpenSettings& s) {
  SpawnSpec& spec = s.spawn;
  spec.executable = kind == atom("spawn_executable");
  if (!filename_arg(command, false, true, &spec.command)) return atoms::am_badarg;
  if (!spec.executable && !s.has_argv && !s.has_arg0) {
    if (Port* port = open_driver_port(p, spec.command, s.port)) return port->id;
  }
  if (kind == atom("spawn_driver")) return atoms::am_badarg;  // no such driver
  if (!spec.executable && (s.has_argv || s.has_arg0)) return atoms::am_badarg;
  if (!spec.executable && names_linked_in_driver(spec.command)) return atom("einval");
  if (s.cd != kNonValue && !is_nil(s.cd) && !filename_arg(s.cd, false, true, &spec.cd)) return atoms::am_badarg;
  if (spec.executable) {
    if (spec.argv.empty()) spec.argv.assign(1, std::string());
    spec.argv[0] = s.has_arg0 ? s.arg0 : spec.command;
  }
  spec.env = spawn_environment(s);
  int err = 0;
  std::unique_ptr<PortDriver> driver = make_spawn_driver(spec, s.port, &err);
  if (!driver) return tuple_element(file::posix_error(p, err), 2);
  return open_port(p, spec.command, s.port, std::move(driver))->id;
}

Term info_item(Process* p, Port* port, Term item) {
  Term v;
  if (item == atoms::am_name) v = make_char_list_utf8(p, port->name);
  else if (item == atoms::am_links) v = make_list_from(p, port->links.data(), port->links.size());
  else if (item == atoms::am_id) v = make_small(int64_t(local_port_number(port->id) << 3));
  else if (item == atoms::am_connected) v = port->owner;
  else if (item == atom("input")) v = make_small(int64_t(port->input_bytes));
  else if (item == atom("output")) v = make_small(int64_t(port->output_bytes));
  else if (item == atom("os_pid")) v = port->driver->os_pid();
  else if (item == atoms::am_registered_name) {
    if (port->registered_name == kNonValue) return make_nil();
    v = port->registered_name;
  } else if (item == atoms::am_memory) v = make_small(int64_t(sizeof(Port)));
  else if (item == atoms::am_monitors) v = make_nil();
  else if (item == atoms::am_monitored_by) {
    std::vector<Term> pids;
    for (const MonitorLink& m : port->monitored_by) pids.push_back(m.other);
    v = make_list_from(p, pids.data(), pids.size());
  }
  else if (item == atom("queue_size")) v = make_small(0);
  else if (item == atom("parallelism")) v = atoms::am_false;
  else if (item == atom("locking")) v = atom("port_level");
  else return kNonValue;
  return make_tuple2(p, item, v);
}

}  // namespace

Term erts_internal_open_port_2(Process* p, Term* a) {
  Term name = a[0];
  OpenSettings s;
  if (!parse_options(a[1], &s)) return atom("badopt");
  if (!is_tuple(name) || tuple_arity(name) == 0) return atoms::am_badarg;
  Term kind = tuple_element(name, 1);
  if (kind == atom("spawn") || kind == atom("spawn_executable") || kind == atom("spawn_driver")) {
    if (tuple_arity(name) != 2) return atoms::am_badarg;
    return open_spawn_port(p, kind, tuple_element(name, 2), s);
  }
  if (kind == atom("fd") && tuple_arity(name) == 3) {
    Term in = tuple_element(name, 2), out = tuple_element(name, 3);
    if (!is_small(in) || !is_small(out) || small_value(in) < 0 || small_value(out) < 0 ||
        small_value(in) > 0xFFFF || small_value(out) > 0xFFFF || s.has_argv || s.has_arg0 || s.port.exit_status) {
      return atoms::am_badarg;
    }
    int fi = int(small_value(in)), fo = int(small_value(out));
    std::string pname = std::to_string(fi) + "/" + std::to_string(fo);
    Port* port = open_port(p, pname, s.port, make_fd_driver(fi, fo, s.port.in));
    return port->id;
  }
  return atoms::am_badarg;
}

Term erts_internal_port_command_3(Process* p, Term* a) {
  Port* port = port_arg(a[0]);
  if (!port || list_length(a[2]) < 0) return atoms::am_badarg;
  for (Term l = a[2]; is_list(l); l = cdr(l)) {
    if (car(l) != atom("force") && car(l) != atom("nosuspend")) return atom("badopt");
  }
  Term id = port->id;
  port->caller = p->pid;
  bool ok = port_command(port, a[1]);
  if (Port* still = lookup_port(id)) still->caller = kNonValue;
  return ok ? atoms::am_true : atoms::am_badarg;
}

Term erts_internal_port_control_3(Process* p, Term* a) {
  Port* port = port_arg(a[0]);
  if (!port || !is_small(a[1]) || small_value(a[1]) < 0 || small_value(a[1]) > 0xFFFFFFFFLL) {
    return atoms::am_badarg;
  }
  std::string in, out;
  if (!for_each_iodata_chunk(a[2], [&](const uint8_t* b, size_t n) {
        in.append(reinterpret_cast<const char*>(b), n);
      })) {
    return atoms::am_badarg;
  }
  Term id = port->id;
  port->caller = p->pid;
  bool ok = port->driver->control(unsigned(small_value(a[1])), in, &out);
  if (Port* still = lookup_port(id)) still->caller = kNonValue;
  if (!ok) return atoms::am_badarg;
  std::vector<Term> bytes;
  for (unsigned char c : out) bytes.push_back(make_small(c));
  return make_list_from(p, bytes.data(), bytes.size());
}

Term erts_internal_port_close_1(Process*, Term* a) {
  Port* port = port_arg(a[0]);
  if (!port) return atoms::am_badarg;
  close_port(port, atoms::am_normal);
  return atoms::am_true;
}

Term erts_internal_port_connect_2(Process* p, Term* a) {
  Port* port = port_arg(a[0]);
  if (!port || !is_local_pid(a[1])) return atoms::am_badarg;
  Process* np = a[1] == p->pid ? p : lookup_process(a[1]);
  if (!np) return atoms::am_badarg;
  port->owner = a[1];
  link_port(np, port);
  return atoms::am_true;
}

Term erts_internal_port_info_1(Process* p, Term* a) {
  if (!is_local_port(a[0]) && !is_atom(a[0])) return atoms::am_badarg;
  Port* port = port_arg(a[0]);
  if (!port) return is_atom(a[0]) ? atoms::am_badarg : atoms::am_undefined;
  Term items[] = {atoms::am_name, atoms::am_links, atoms::am_id, atoms::am_connected,
                  atom("input"), atom("output"), atom("os_pid")};
  std::vector<Term> out;
  for (Term it : items) out.push_back(info_item(p, port, it));
  return make_list_from(p, out.data(), out.size());
}

Term erts_internal_port_info_2(Process* p, Term* a) {
  if ((!is_local_port(a[0]) && !is_atom(a[0])) || !is_atom(a[1])) return atoms::am_badarg;
  Port* port = port_arg(a[0]);
  if (!port) return is_atom(a[0]) ? atoms::am_badarg : atoms::am_undefined;
  Term v = info_item(p, port, a[1]);
  return v == kNonValue ? atoms::am_badarg : v;
}

Term erl_ports_0(Process* p, Term*) {
  std::vector<Term> ids = all_ports();
  return make_list_from(p, ids.data(), ids.size());
}

Term erl_port_to_list_1(Process* p, Term* a) {
  if (!is_local_port(a[0])) return badarg(p);
  return make_char_list_utf8(p, "#Port<0." + std::to_string(local_port_number(a[0])) + ">");
}

Term erl_port_set_data_2(Process* p, Term* a) {
  Port* port = port_arg(a[0]);
  if (!port) return badarg(p);
  port->data_arena = std::make_unique<TermArena>();
  port->data = copy_term(*port->data_arena, a[1]);
  return atoms::am_true;
}

Term erl_port_get_data_1(Process* p, Term* a) {
  Port* port = port_arg(a[0]);
  if (!port) return badarg(p);
  return port->data == kNonValue ? atoms::am_undefined : copy_term(*p, port->data);
}

}  // namespace openbeam::bifs
