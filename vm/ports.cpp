// Ports: table, links, input framing and closing (see ports.hpp).
#include "vm/ports.hpp"

#include <algorithm>
#include <map>

#include "bifs/iodata.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/process.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"
#include "vm/term_build.hpp"

namespace openbeam::vm {

Term PortDriver::os_pid() const { return atoms::am_undefined; }

namespace {

struct PortTable {
  std::map<uint64_t, std::unique_ptr<Port>> ports;
  uint64_t next = 0;
};

PortTable& table() {
  static PortTable t;
  return t;
}

Term data_term(TermAllocator& a, const Port& port, const uint8_t* bytes, size_t n) {
  return port.opts.binary ? make_binary(a, bytes, n) : build_byte_list(a, bytes, n);
}

// Sends {Port, Payload} (built by `build`) to the port's owner.
template <class Build>
void deliver(Port* port, Build&& build) {
  Process* owner = lookup_process(port->owner);
  if (!owner || owner->state == ProcState::kExiting) return;
  TermArena arena;
  send_message(owner, build_tuple(arena, {port->id, build(arena)}));
}

void deliver_data(Port* port, const uint8_t* bytes, size_t n) {
  deliver(port, [&](TermArena& a) { return build_tuple(a, {atom("data"), data_term(a, *port, bytes, n)}); });
}

void deliver_line(Port* port, const uint8_t* bytes, size_t n, bool eol) {
  deliver(port, [&](TermArena& a) {
    Term line = build_tuple(a, {atom(eol ? "eol" : "noeol"), data_term(a, *port, bytes, n)});
    return build_tuple(a, {atom("data"), line});
  });
}

// {line, L}: whole lines as {eol, Line}, longer ones in L-byte {noeol, _}
// pieces; an unfinished line waits in `pending`.
void frame_lines(Port* port) {
  std::string& buf = port->pending;
  size_t start = 0;
  for (;;) {
    size_t nl = buf.find('\n', start);
    size_t avail = (nl == std::string::npos ? buf.size() : nl) - start;
    if (avail >= port->opts.line && (nl == std::string::npos || avail > port->opts.line)) {
      deliver_line(port, reinterpret_cast<const uint8_t*>(buf.data() + start), port->opts.line, false);
      start += port->opts.line;
      continue;
    }
    if (nl == std::string::npos) break;
    deliver_line(port, reinterpret_cast<const uint8_t*>(buf.data() + start), nl - start, true);
    start = nl + 1;
  }
  buf.erase(0, start);
}

// {packet, N}: N-byte big-endian length headers.
void frame_packets(Port* port) {
  std::string& buf = port->pending;
  unsigned h = port->opts.packet;
  size_t start = 0;
  while (buf.size() - start >= h) {
    size_t len = 0;
    for (unsigned i = 0; i < h; i++) len = (len << 8) | uint8_t(buf[start + i]);
    if (buf.size() - start - h < len) break;
    deliver_data(port, reinterpret_cast<const uint8_t*>(buf.data() + start + h), len);
    start += h + len;
  }
  buf.erase(0, start);
}

bool remove_link_term(std::vector<Term>& links, Term t) {
  auto it = std::find(links.begin(), links.end(), t);
  if (it == links.end()) return false;
  links.erase(it);
  return true;
}

}  // namespace


Port* open_port(Process* owner, std::string name, const PortOptions& opts, std::unique_ptr<PortDriver> driver) {
  PortTable& t = table();
  auto port = std::make_unique<Port>();
  Port* raw = port.get();
  raw->id = make_local_port(t.next++);
  raw->owner = owner->pid;
  raw->name = std::move(name);
  raw->opts = opts;
  raw->driver = std::move(driver);
  t.ports[local_port_number(raw->id)] = std::move(port);
  link_port(owner, raw);
  raw->driver->start(*raw);
  return raw;
}

Port* lookup_port(Term id) {
  if (!is_local_port(id)) return nullptr;
  PortTable& t = table();
  auto it = t.ports.find(local_port_number(id));
  return it == t.ports.end() || it->second->closed ? nullptr : it->second.get();
}

std::vector<Term> all_ports() {
  std::vector<Term> out;
  for (auto& [n, p] : table().ports) {
    if (!p->closed) out.push_back(p->id);
  }
  return out;
}

bool port_output(Port* port, const uint8_t* bytes, size_t n) {
  Term reason;
  std::string framed;
  if (unsigned h = port->opts.packet) {
    // {packet, N}: a big-endian length header; too long for it is einval.
    if (h < 4 && n >> (8 * h) != 0) {
      close_port(port, atom("einval"));
      return false;
    }
    for (unsigned i = h; i > 0; i--) framed.push_back(char(uint8_t(n >> (8 * (i - 1)))));
    framed.append(reinterpret_cast<const char*>(bytes), n);
    bytes = reinterpret_cast<const uint8_t*>(framed.data());
    n = framed.size();
  }
  if (!port->driver->output(bytes, n, &reason)) {
    close_port(port, reason);
    return false;
  }
  port->output_bytes += n;
  return true;
}

bool port_command(Port* port, Term data) {
  std::string bytes;
  if (!bifs::iodata_bytes(data, &bytes)) return false;
  port_output(port, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return true;
}

void close_port(Port* port, Term reason) {
  if (port->closed) return;
  port->closed = true;
  port->driver->stop();
  std::vector<Term> links = std::move(port->links);
  Term id = port->id;
  PortTable& t = table();
  auto node = t.ports.extract(local_port_number(id));
  for (Term l : links) {
    Process* q = lookup_process(l);
    if (q && q->state != ProcState::kExiting) send_exit_signal(q, id, reason, true);
  }
  for (const MonitorLink& m : port->monitored_by) {
    if (Process* q = lookup_process(m.other)) send_port_down(q, m, id, reason);
  }
}

bool port_send(Process* from, Port* port, Term msg) {
  if (!is_tuple(msg) || tuple_arity(msg) != 2 || !is_local_pid(tuple_element(msg, 1))) return false;
  Term sender = tuple_element(msg, 1), cmd = tuple_element(msg, 2);
  if (cmd == atom("close")) {
    Term owner = port->owner;
    Term id = port->id;
    close_port(port, atoms::am_normal);
    if (Process* o = lookup_process(owner); o && o->state != ProcState::kExiting) {
      TermArena arena;
      send_message(o, build_tuple(arena, {id, atom("closed")}));
    }
    (void)sender;
    return true;
  }
  if (!is_tuple(cmd) || tuple_arity(cmd) != 2) return false;
  Term op = tuple_element(cmd, 1), arg = tuple_element(cmd, 2);
  if (op == atom("command")) {
    Term id = port->id;
    port->caller = from ? from->pid : kNonValue;
    bool ok = port_command(port, arg);
    if (Port* still = lookup_port(id)) still->caller = kNonValue;
    return ok;
  }
  if (op == atom("connect") && is_local_pid(arg)) {
    Term old = port->owner;
    port->owner = arg;
    if (Process* o = lookup_process(old); o && o->state != ProcState::kExiting) {
      TermArena arena;
      send_message(o, build_tuple(arena, {port->id, atom("connected")}));
    }
    return true;
  }
  return false;
}

void link_port(Process* p, Port* port) {
  if (std::find(p->links.begin(), p->links.end(), port->id) == p->links.end()) p->links.push_back(port->id);
  if (std::find(port->links.begin(), port->links.end(), p->pid) == port->links.end()) {
    port->links.push_back(p->pid);
  }
}

void unlink_port(Process* p, Port* port) {
  remove_link_term(p->links, port->id);
  remove_link_term(port->links, p->pid);
}

void port_input(Port* port, const uint8_t* bytes, size_t n) {
  port->input_bytes += n;
  if (port->opts.line == 0 && port->opts.packet == 0) {
    deliver_data(port, bytes, n);
    return;
  }
  port->pending.append(reinterpret_cast<const char*>(bytes), n);
  if (port->opts.line) frame_lines(port);
  else frame_packets(port);
}

void post_port_input(Term port_id, const uint8_t* bytes, size_t n) {
  auto data = std::make_shared<std::string>(reinterpret_cast<const char*>(bytes), n);
  scheduler().io.post([port_id, data] {
    if (Port* p = lookup_port(port_id)) port_input(p, reinterpret_cast<const uint8_t*>(data->data()), data->size());
  });
}

void port_input_eof(Port* port) {
  if (port->opts.line && !port->pending.empty()) {
    deliver_line(port, reinterpret_cast<const uint8_t*>(port->pending.data()), port->pending.size(), false);
    port->pending.clear();
  }
  if (!port->opts.eof) {
    close_port(port, atoms::am_normal);
    return;
  }
  deliver(port, [&](TermArena&) { return atom("eof"); });
}

void port_driver_error(Port* port, Term reason) { close_port(port, reason); }

void port_exit_status(Port* port, int status) {
  deliver(port, [&](TermArena& a) { return build_tuple(a, {atom("exit_status"), make_small(status)}); });
}

uint64_t start_port_timer(Port* port, int64_t ms) {
  TimerEntry t;
  t.kind = TimerEntry::Kind::kPort;
  t.owner = port->id;
  return scheduler().timers.add(std::move(t), ms);
}

void cancel_port_timer(uint64_t id) { scheduler().timers.cancel(id); }

void ports_process_exited(Process* p, Term reason) {
  std::vector<Term> ports;
  for (Term l : p->links) {
    if (is_local_port(l)) ports.push_back(l);
  }
  // Its monitors on ports end with it.
  for (const MonitorLink& m : p->monitors) {
    if (Port* port = is_local_port(m.other) ? lookup_port(m.other) : nullptr) {
      auto& v = port->monitored_by;
      v.erase(std::remove_if(v.begin(), v.end(), [&](const MonitorLink& x) { return x.ref == m.ref; }), v.end());
    }
  }
  for (Term id : ports) {
    Port* port = lookup_port(id);
    if (!port) continue;
    remove_link_term(port->links, p->pid);
    if (port->owner == p->pid || reason != atoms::am_normal) close_port(port, reason);
  }
}

}  // namespace openbeam::vm
