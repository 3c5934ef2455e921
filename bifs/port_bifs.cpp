// Port BIFs: the erts_internal primitives under erlang:open_port/2,
// port_command/2,3, port_control/3, port_close/1, port_connect/2 and
// port_info/1,2 (they return error atoms; erlang.erl raises), plus
// erlang:ports/0, port_to_list/1, port_set_data/2, port_get_data/1.
//
// Drivers: {fd, In, Out}. {spawn, ...} and {spawn_executable, ...} are not
// there yet: open_port returns the error erl gives for a missing program.
#include <algorithm>

#include "bifs/bifs.hpp"
#include "bifs/iodata.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/port_fd.hpp"
#include "vm/ports.hpp"
#include "vm/process_table.hpp"

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

bool parse_options(Term l, PortOptions* o) {
  for (; is_list(l); l = cdr(l)) {
    Term x = car(l);
    if (x == atoms::am_binary) o->binary = true;
    else if (x == atoms::am_eof) o->eof = true;
    else if (x == atoms::am_in) o->out = false;
    else if (x == atoms::am_out) o->in = false;
    else if (x == atoms::am_stream || x == atom("use_stdio") || x == atom("nouse_stdio") ||
             x == atom("stderr_to_stdout") || x == atom("overlapped_io")) {
    } else if (x == atom("hide")) o->hide = true;
    else if (x == atom("exit_status")) o->exit_status = true;
    else if (is_tuple(x) && tuple_arity(x) == 2 && is_atom(tuple_element(x, 1))) {
      Term k = tuple_element(x, 1), v = tuple_element(x, 2);
      if (k == atom("packet")) {
        if (!is_small(v) || (small_value(v) != 1 && small_value(v) != 2 && small_value(v) != 4)) return false;
        o->packet = unsigned(small_value(v));
      } else if (k == atom("line")) {
        if (!is_small(v) || small_value(v) <= 0) return false;
        o->line = size_t(small_value(v));
      } else if (k != atom("args") && k != atom("arg0") && k != atom("env") && k != atom("cd") &&
                 k != atom("parallelism") && k != atom("busy_limits_port") && k != atom("busy_limits_msgq")) {
        return false;
      }
    } else {
      return false;
    }
  }
  return is_nil(l);
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
  else if (item == atoms::am_monitors || item == atoms::am_monitored_by) v = make_nil();
  else if (item == atom("queue_size")) v = make_small(0);
  else if (item == atom("parallelism")) v = atoms::am_false;
  else if (item == atom("locking")) v = atom("port_level");
  else return kNonValue;
  return make_tuple2(p, item, v);
}

}  // namespace

Term erts_internal_open_port_2(Process* p, Term* a) {
  Term name = a[0];
  PortOptions o;
  if (!parse_options(a[1], &o)) return atoms::am_badarg;
  if (is_tuple(name) && tuple_arity(name) == 3 && tuple_element(name, 1) == atom("fd")) {
    Term in = tuple_element(name, 2), out = tuple_element(name, 3);
    if (!is_small(in) || !is_small(out) || small_value(in) < 0 || small_value(out) < 0 ||
        small_value(in) > 0xFFFF || small_value(out) > 0xFFFF) {
      return atoms::am_badarg;
    }
    int fi = int(small_value(in)), fo = int(small_value(out));
    std::string pname = std::to_string(fi) + "/" + std::to_string(fo);
    Port* port = open_port(p, pname, o, make_fd_driver(fi, fo, o.in));
    return port->id;
  }
  if (is_tuple(name) && tuple_arity(name) == 2 &&
      (tuple_element(name, 1) == atom("spawn") || tuple_element(name, 1) == atom("spawn_executable"))) {
    return atoms::am_enoent;
  }
  // {spawn_driver, Name}: no linked-in drivers (the inet drivers come with
  // sockets); an unknown driver is badarg, as in erl.
  return atoms::am_badarg;
}

Term erts_internal_port_command_3(Process* p, Term* a) {
  Port* port = port_arg(a[0]);
  if (!port || list_length(a[2]) < 0) return atoms::am_badarg;
  for (Term l = a[2]; is_list(l); l = cdr(l)) {
    if (car(l) != atom("force") && car(l) != atom("nosuspend")) return atom("badopt");
  }
  std::string bytes;
  if (!for_each_iodata_chunk(a[1], [&](const uint8_t* b, size_t n) {
        bytes.append(reinterpret_cast<const char*>(b), n);
      })) {
    return atoms::am_badarg;
  }
  (void)p;
  port_output(port, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return atoms::am_true;
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
  if (!port->driver->control(unsigned(small_value(a[1])), in, &out)) return atoms::am_badarg;
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
