// Ports: the VM's side of open_port/2 (ERTS semantics).
//
// A port has a connected process (its owner, which receives its messages),
// links like a process (open_port links it to the owner), and a driver that
// moves bytes. Everything here runs on the scheduler thread; drivers with
// input read on their own threads and hand what they read to the scheduler
// through Scheduler::io (vm/io_events.hpp).
//
// Closing: port_close/1 and {Pid, close} close with reason normal; a driver
// error (EPIPE, ...) closes with that reason; input EOF without the `eof`
// option closes normally. Linked processes then get an exit signal from the
// port. When a linked process ends, the port closes with its reason if it
// was the owner or the reason is not normal (ports do not trap exits).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vm/literal_arena.hpp"
#include "vm/mailbox.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

struct Process;
class Port;

// What moves bytes for a port (vm/port_fd.cpp: the fd driver, ...).
class PortDriver {
 public:
  virtual ~PortDriver() = default;
  // Starts reading input (drivers with input), delivering through
  // port_input/port_input_eof/port_driver_error.
  virtual void start(Port& port) { (void)port; }
  // Writes `bytes`; false with *reason (a posix error atom) on failure.
  virtual bool output(const uint8_t* bytes, size_t n, Term* reason) = 0;
  // port_control/3; false for badarg.
  virtual bool control(unsigned op, const std::string& in, std::string* out) {
    (void)op, (void)in, (void)out;
    return false;
  }
  // The port is closing: stop reading, release descriptors.
  virtual void stop() {}
  // A descriptor armed through vm/io_poller.hpp is ready (kPollIn/kPollOut).
  virtual void io_ready(Port& port, uint32_t events) { (void)port, (void)events; }
  // A timer started with start_port_timer fired.
  virtual void timeout(Port& port, uint64_t timer) { (void)port, (void)timer; }
  virtual Term os_pid() const;  // undefined unless the driver runs a program
};

struct PortOptions {
  bool binary = false;
  bool eof = false;
  bool in = true;
  bool out = true;
  unsigned packet = 0;      // {packet, N}: 1, 2 or 4 byte length headers
  size_t line = 0;          // {line, L}: 0 = stream
  bool hide = false;
  bool exit_status = false;
};

class Port {
 public:
  Term id;
  Term owner;                 // the connected process
  std::vector<Term> links;    // linked pids
  std::string name;           // port_info(P, name)
  Term registered_name = kNonValue;
  PortOptions opts;
  std::unique_ptr<PortDriver> driver;
  uint64_t input_bytes = 0;
  uint64_t output_bytes = 0;
  bool closed = false;
  // port_set_data/2: the stored term lives in data_arena.
  Term data = kNonValue;
  std::unique_ptr<TermArena> data_arena;
  // Input kept between reads: a partial line or packet.
  std::string pending;
  // monitor(port, ...) by processes: ref, watcher pid, name, tag.
  std::vector<MonitorLink> monitored_by;
  // The process whose port_command/port_control the driver is handling.
  Term caller = kNonValue;
  // Exit signals do not close it (ERTS's forker port).
  bool immortal = false;
};

// Creates a port owned by `owner` (linked to it) and starts its driver.
Port* open_port(Process* owner, std::string name, const PortOptions& opts, std::unique_ptr<PortDriver> driver);
// The open port `id`, or null.
Port* lookup_port(Term id);
std::vector<Term> all_ports();  // in id order

// Writes iodata bytes to the port; false when the driver failed (the port
// is then closed with the driver's reason).
bool port_output(Port* port, const uint8_t* bytes, size_t n);
// port_command/2 and {Pid, {command, Data}}: writes iodata `data`; false
// (nothing written) when it is not iodata.
bool port_command(Port* port, Term data);
// Closes the port: the driver stops and linked processes get an exit
// signal with `reason`.
void close_port(Port* port, Term reason);
// Port ! Msg from `from`: {Pid, {command, Data}}, {Pid, close},
// {Pid, {connect, NewPid}}. False for a malformed message (badarg).
bool port_send(Process* from, Port* port, Term msg);
// Linking a live process and a port (both sides).
void link_port(Process* p, Port* port);
void unlink_port(Process* p, Port* port);

// Driver callbacks (scheduler thread): bytes read, end of input, failure.
void port_input(Port* port, const uint8_t* bytes, size_t n);
// A reader thread's bytes: copied and handed to port_input on the
// scheduler thread (dropped if the port has closed meanwhile).
void post_port_input(Term port_id, const uint8_t* bytes, size_t n);
void port_input_eof(Port* port);
void port_driver_error(Port* port, Term reason);
// Sends {Port, {exit_status, Status}} to the owner (spawn driver).
void port_exit_status(Port* port, int status);

// Port timers: the driver's timeout(port, id) runs after `ms` milliseconds
// unless cancelled first.
uint64_t start_port_timer(Port* port, int64_t ms);
void cancel_port_timer(uint64_t id);

// Called when a process linked to ports ends (signals.cpp exit hook).
void ports_process_exited(Process* p, Term reason);

}  // namespace openbeam::vm
