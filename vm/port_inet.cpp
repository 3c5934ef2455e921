// tcp_inet and udp_inet: sockets behind gen_tcp, gen_udp and inet, with
// ERTS's inet_drv protocol (requests through port_control/3, data through
// port_command/2, replies and data as messages; formats in
// vm/port_inet_wire.hpp).
//
// Sockets are non-blocking and everything runs on the scheduler thread:
// a driver arms read/write interest with vm/io_poller.hpp and does the
// read, write, accept or connect when the descriptor is ready. Asynchronous
// requests (connect, accept, recv) get a 16-bit reference in the control
// reply and end with {inet_async, S, Ref, Result} to their caller; their
// timeouts are port timers. Active sockets send {tcp, S, Data},
// {tcp_closed, S}, {tcp_error, S, E}, {tcp_passive, S} ({udp, S, IP, Port,
// Data}, {udp_passive, S}) to the port's owner; `send` answers
// {inet_reply, S, Result} to its caller.
//
// Framing ({packet, _}): raw, 1, 2, 4 (length headers, stripped on input,
// added on output), line, sunrm and tpkt; the other packet types (http,
// asn1, cdr, fcgi, ssl_tls) are refused with einval. Output is queued
// without limit (no busy port): `send` is answered as soon as the data is
// written or queued.
#include "vm/port_inet.hpp"
#include "vm/term_build.hpp"

#include <errno.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netpacket/packet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "bifs/prim_file.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/io_poller.hpp"
#include "vm/port_inet_wire.hpp"
#include "vm/process.hpp"
#include "vm/process_table.hpp"
#include "vm/scheduler.hpp"
#include "vm/signals.hpp"

namespace openbeam::vm {

using namespace inet;

namespace {

constexpr size_t kReadChunk = 65536;

// Control replies: [1 | Bytes] and [0 | ErrorName].
bool reply_ok(std::string* out, const std::string& bytes = std::string()) {
  out->assign(1, char(kRepOk));
  out->append(bytes);
  return true;
}

bool reply_error(std::string* out, const std::string& name) {
  out->assign(1, char(kRepError));
  out->append(name);
  return true;
}

bool reply_errno(std::string* out, int err) { return reply_error(out, bifs::file::errno_id(err)); }

Term errno_atom(int err) { return atom(bifs::file::errno_id(err)); }

// Term building in a message arena.
Term tuple(TermArena& a, std::initializer_list<Term> xs) {
  Word* hp = a.alloc(xs.size() + 1);
  hp[0] = make_header(Subtag::kTuple, xs.size());
  size_t i = 1;
  for (Term x : xs) hp[i++] = x.raw();
  return make_boxed(hp);
}

void send_to(Term pid, Term msg) {
  Process* to = lookup_process(pid);
  if (to && to->state != ProcState::kExiting) send_message(to, msg);
}

// A pending asynchronous request.
struct AsyncOp {
  unsigned ref;
  Term caller;
  unsigned req;
  uint64_t timer;  // 0: no timeout
  size_t length;   // recv: bytes wanted (0: what is there)
};

// Settings that are the driver's, not the socket's (and are copied to
// accepted sockets).
struct InetSettings {
  int active = kActiveTrue;
  int active_count = 0;
  bool binary = false;
  bool deliver_term = true;
  int packet = kPbRaw;
  uint32_t header = 0;
  uint32_t buffer = 1460;
  uint32_t packet_size = 0;
  bool exit_on_close = true;
  bool delay_send = false;
  uint32_t high_watermark = 8192, low_watermark = 4096;
  uint32_t high_msgq_watermark = 8192, low_msgq_watermark = 4096;
  int32_t send_timeout = -1;
  bool send_timeout_close = false;
  bool show_econnreset = false;
  uint8_t line_delimiter = '\n';
  uint32_t read_packets = 5;
};

struct Stats {
  uint64_t recv_oct = 0, send_oct = 0;
  uint32_t recv_cnt = 0, send_cnt = 0, recv_max = 0, send_max = 0;
};

class InetDriver final : public PortDriver {
 public:
  explicit InetDriver(bool udp) : udp_(udp) {
    if (udp) settings_.buffer = 8192;
  }

  void start(Port& port) override {
    port_ = &port;
    id_ = port.id;
    update_interest();
  }

  bool output(const uint8_t* bytes, size_t n, Term* reason) override;
  bool control(unsigned op, const std::string& in, std::string* out) override;
  void io_ready(Port& port, uint32_t events) override;
  void timeout(Port& port, uint64_t timer) override;

  void stop() override {
    for (AsyncOp& op : ops_) {
      if (op.timer) cancel_port_timer(op.timer);
    }
    ops_.clear();
    close_socket();
    port_ = nullptr;
  }

  ~InetDriver() override { close_socket(); }

 private:
  // --- state ---
  bool open() const { return fd_ >= 0; }
  Term caller() const { return port_ && port_->caller != kNonValue ? port_->caller : port_ ? port_->owner : kNonValue; }
  void close_socket() {
    if (fd_ < 0) return;
    poll_.forget(fd_);
    ::close(fd_);
    fd_ = -1;
    connected_ = listening_ = connecting_ = bound_ = false;
  }
  void update_interest();

  // --- requests ---
  bool do_open(Reader& r, std::string* out);
  bool do_connect(Reader& r, std::string* out);
  bool do_accept(Reader& r, std::string* out);
  bool do_recv(Reader& r, std::string* out);
  bool set_options(Reader& r, std::string* out);
  bool get_options(Reader& r, std::string* out);
  bool set_socket_option(uint32_t opt, Reader& r);
  bool get_socket_option(uint32_t opt, std::string* out);
  bool get_stats(Reader& r, std::string* out);
  static bool get_ifaddrs(std::string* out);
  unsigned enqueue(unsigned req, uint32_t timeout_ms, size_t length);

  // --- async completion ---
  void async_reply(const AsyncOp& op, Term result, TermArena& a);
  void async_error(size_t i, Term reason);
  void async_error_all(unsigned req, Term reason);
  int find_op(unsigned req) const;

  // --- TCP data ---
  void try_accept();
  void finish_connect();
  void read_stream();
  void deliver_stream();
  long next_packet(size_t want, size_t* body_off, size_t* body_len, bool* too_big) const;
  Term data_term(TermArena& a, const uint8_t* b, size_t n) const;
  void peer_closed(int err);
  int flush_output();
  void send_failed(int err, bool reply);
  void close_port_later();
  void send_reply(Term result);
  void after_active_message();

  // --- UDP data ---
  void read_datagrams();

  bool udp_;
  int fd_ = -1;
  int family_ = AF_INET;
  Port* port_ = nullptr;
  Term id_ = kNonValue;
  PollRegistration poll_;
  InetSettings settings_;
  Stats stats_;
  bool bound_ = false, listening_ = false, connecting_ = false, connected_ = false;
  bool read_closed_ = false;  // the peer closed (or a read failed)
  // After a close or failure: the next send / recv says `closed` once
  // (then enotconn), like ERTS.
  bool delayed_close_send_ = false, delayed_close_recv_ = false;
  bool close_pending_ = false;  // the port closes when the current event is handled
  std::string in_;              // received, not yet delivered
  std::string out_;             // accepted by send, not yet written
  std::deque<AsyncOp> ops_;
  unsigned next_ref_ = 0;
  std::vector<Term> empty_out_q_subscribers_;
};

unsigned InetDriver::enqueue(unsigned req, uint32_t timeout_ms, size_t length) {
  unsigned ref = next_ref_++ & 0xFFFF;
  uint64_t timer = 0;
  if (timeout_ms != 0xFFFFFFFFu && timeout_ms != 0 && port_) timer = start_port_timer(port_, timeout_ms);
  ops_.push_back(AsyncOp{ref, caller(), req, timer, length});
  return ref;
}

int InetDriver::find_op(unsigned req) const {
  for (size_t i = 0; i < ops_.size(); i++) {
    if (ops_[i].req == req) return int(i);
  }
  return -1;
}

void InetDriver::async_reply(const AsyncOp& op, Term result, TermArena& a) {
  if (op.timer) cancel_port_timer(op.timer);
  send_to(op.caller, tuple(a, {atoms::am_inet_async, id_, make_small(op.ref), result}));
}

void InetDriver::async_error(size_t i, Term reason) {
  AsyncOp op = ops_[i];
  ops_.erase(ops_.begin() + long(i));
  TermArena a;
  async_reply(op, tuple(a, {atoms::am_error, reason}), a);
}

void InetDriver::async_error_all(unsigned req, Term reason) {
  for (int i; (i = find_op(req)) >= 0;) async_error(size_t(i), reason);
}

void InetDriver::update_interest() {
  if (fd_ < 0 || !port_) return;
  uint32_t want = 0;
  bool reading = settings_.active != kPassive || find_op(udp_ ? kPacketRecv : kTcpRecv) >= 0;
  if (udp_) {
    if (reading) want |= kPollIn;
  } else if (listening_) {
    if (find_op(kAccept) >= 0) want |= kPollIn;
  } else if (connecting_) {
    want |= kPollOut;
  } else if (connected_) {
    if (reading && !read_closed_) want |= kPollIn;
    if (!out_.empty()) want |= kPollOut;
  }
  if (want == poll_.armed()) return;
  if (want) poll_.arm(fd_, id_, want);
  else poll_.disarm(fd_, id_);
}

// ---------------------------------------------------------------- control

bool InetDriver::control(unsigned op, const std::string& in, std::string* out) {
  if (op < kControlMagic) return false;
  Reader r(in);
  switch (op - kControlMagic) {
    case kOpen: return do_open(r, out);
    case kClose:
      close_socket();
      return reply_ok(out);
    case kGetHostname: {
      char name[256 + 1] = {};
      if (!in.empty()) return reply_errno(out, EINVAL);
      if (::gethostname(name, sizeof name - 1) != 0) return reply_errno(out, errno);
      return reply_ok(out, name);
    }
    case kBind: {
      sockaddr_storage sa;
      socklen_t len;
      if (!open()) return reply_error(out, "exbadport");
      if (!read_sockaddr(r, family_, &sa, &len)) return reply_errno(out, EINVAL);
      if (::bind(fd_, reinterpret_cast<sockaddr*>(&sa), len) != 0) return reply_errno(out, errno);
      bound_ = true;
      socklen_t sl = sizeof sa;
      ::getsockname(fd_, reinterpret_cast<sockaddr*>(&sa), &sl);
      std::string port;
      put16(&port, sa.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6&>(sa).sin6_port)
                   : sa.ss_family == AF_INET ? ntohs(reinterpret_cast<sockaddr_in&>(sa).sin_port)
                                             : 0);
      update_interest();
      return reply_ok(out, port);
    }
    case kName:
    case kPeer: {
      if (!open()) return reply_error(out, "exbadport");
      bool peer = op - kControlMagic == kPeer;
      if (peer && !connected_) return reply_errno(out, ENOTCONN);
      sockaddr_storage sa{};
      socklen_t sl = sizeof sa;
      int rc = peer ? ::getpeername(fd_, reinterpret_cast<sockaddr*>(&sa), &sl)
                    : ::getsockname(fd_, reinterpret_cast<sockaddr*>(&sa), &sl);
      if (rc != 0) return reply_errno(out, errno);
      std::string a;
      put_sockaddr(&a, sa);
      return reply_ok(out, a);
    }
    case kListen: {
      uint32_t backlog;
      if (udp_ || !open()) return reply_error(out, "exbadport");
      if (!r.u16(&backlog) || r.left()) return reply_errno(out, EINVAL);
      if (::listen(fd_, int(int16_t(backlog))) != 0) return reply_errno(out, errno);
      listening_ = true;
      return reply_ok(out);
    }
    case kConnect: return do_connect(r, out);
    case kAccept: return do_accept(r, out);
    case kTcpRecv:
    case kPacketRecv: return do_recv(r, out);
    case kSetOpts: return set_options(r, out);
    case kGetOpts: return get_options(r, out);
    case kGetStat: return get_stats(r, out);
    case kSubscribe: {
      std::string rep;
      for (uint32_t s; r.u8(&s);) {
        if (s != 1) return reply_errno(out, EINVAL);  // INET_SUBS_EMPTY_OUT_Q
        put8(&rep, 1), put32(&rep, uint32_t(out_.size()));
        if (!out_.empty()) empty_out_q_subscribers_.push_back(caller());
      }
      return reply_ok(out, rep);
    }
    case kGetStatus: {
      uint32_t f = open() ? kFOpen : 0;
      if (bound_ || listening_ || connected_) f |= kFBound;
      if (connected_) f |= kFActive;
      if (listening_) f |= kFListen | (find_op(kAccept) >= 0 ? kFAcc : 0);
      if (connecting_) f |= kFCon;
      std::string rep;
      put32(&rep, f);
      return reply_ok(out, rep);
    }
    case kGetType: {
      if (!open()) return reply_error(out, "exbadport");
      std::string rep;
      put32(&rep, family_ == AF_INET6 ? kAfInet6 : family_ == AF_UNIX ? kAfLocal : kAfInet);
      put32(&rep, udp_ ? kTypeDgram : kTypeStream);
      return reply_ok(out, rep);
    }
    case kGetFd: {
      if (!open()) return reply_error(out, "exbadport");
      std::string rep;
      put32(&rep, uint32_t(fd_));
      return reply_ok(out, rep);
    }
    case kIgnoreFd: return reply_ok(out);
    case kGetServByName: {
      uint32_t n1, n2;
      std::string name, proto;
      if (!r.u8(&n1) || !r.bytes(n1, &name) || !r.u8(&n2) || !r.bytes(n2, &proto)) return reply_errno(out, EINVAL);
      servent* s = ::getservbyname(name.c_str(), proto.c_str());
      if (!s) return reply_error(out, "einval");
      std::string rep;
      put16(&rep, ntohs(uint16_t(s->s_port)));
      return reply_ok(out, rep);
    }
    case kGetServByPort: {
      uint32_t port, n;
      std::string proto;
      if (!r.u16(&port) || !r.u8(&n) || !r.bytes(n, &proto)) return reply_errno(out, EINVAL);
      servent* s = ::getservbyport(htons(uint16_t(port)), proto.c_str());
      if (!s) return reply_error(out, "einval");
      return reply_ok(out, s->s_name);
    }
    case kTcpShutdown: {
      uint32_t how;
      if (udp_ || !r.u8(&how) || how > 2) return reply_errno(out, EINVAL);
      if (!connected_) return reply_errno(out, ENOTCONN);
      if (flush_output() != 0) out_.clear();
      if (::shutdown(fd_, int(how)) != 0) return reply_errno(out, errno);
      return reply_ok(out);
    }
    case kGetIfAddrs: return get_ifaddrs(out);
    case kTcpUnrecv:
      if (udp_) return reply_errno(out, EINVAL);
      in_.insert(0, in);
      return reply_ok(out);
    default:
      // fdopen, interface queries and settings, sendfile, SCTP: not here.
      return reply_error(out, "enotsup");
  }
}

bool InetDriver::do_open(Reader& r, std::string* out) {
  uint32_t fam, type;
  if (!r.u8(&fam) || !r.u8(&type) || r.left()) return reply_errno(out, EINVAL);
  int domain = fam == kAfInet ? AF_INET : fam == kAfInet6 ? AF_INET6 : fam == kAfLocal ? AF_UNIX : -1;
  if (domain < 0) return reply_error(out, "eafnosupport");
  if (type != (udp_ ? kTypeDgram : kTypeStream)) return reply_errno(out, EINVAL);
  if (open()) return reply_errno(out, EALREADY);
  int fd = ::socket(domain, (udp_ ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return reply_errno(out, errno);
  if (domain == AF_INET6) {
    int on = 1;  // like ERTS: IPv6 sockets are IPv6-only
    ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
  }
  fd_ = fd;
  family_ = domain;
  update_interest();
  return reply_ok(out);
}

bool InetDriver::do_connect(Reader& r, std::string* out) {
  uint32_t timeout;
  sockaddr_storage sa;
  socklen_t len;
  if (!open()) return reply_error(out, "exbadport");
  if (connected_ && !udp_) return reply_errno(out, EISCONN);
  if (connecting_) return reply_errno(out, EINVAL);
  if (!r.u32(&timeout) || !read_sockaddr(r, family_, &sa, &len)) return reply_errno(out, EINVAL);
  if (udp_ && connected_) {
    sockaddr none{};  // Linux keeps the old source address unless dissolved first
    none.sa_family = AF_UNSPEC;
    ::connect(fd_, &none, sizeof none);
    connected_ = false;
  }
  int rc = ::connect(fd_, reinterpret_cast<sockaddr*>(&sa), len);
  if (rc != 0 && errno != EINPROGRESS) return reply_errno(out, errno);
  std::string rep;
  unsigned ref;
  if (udp_ || rc == 0) {  // UDP: only sets the default peer, at once
    connected_ = true;
    ref = enqueue(kConnect, 0, 0);
    AsyncOp op = ops_.back();
    ops_.pop_back();
    TermArena a;
    async_reply(op, atoms::am_ok, a);
  } else {
    connecting_ = true;
    ref = enqueue(kConnect, timeout, 0);
  }
  update_interest();
  put16(&rep, ref);
  return reply_ok(out, rep);
}

void InetDriver::finish_connect() {
  int err = 0;
  socklen_t sl = sizeof err;
  if (::getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &sl) != 0) err = errno;
  connecting_ = false;
  int i = find_op(kConnect);
  if (err == 0) {
    connected_ = true;
    if (i >= 0) {
      AsyncOp op = ops_[size_t(i)];
      ops_.erase(ops_.begin() + i);
      TermArena a;
      async_reply(op, atoms::am_ok, a);
    }
  } else if (i >= 0) {
    async_error(size_t(i), errno_atom(err));
  }
  update_interest();
}

bool InetDriver::do_accept(Reader& r, std::string* out) {
  uint32_t timeout;
  if (udp_ || !listening_ || !r.u32(&timeout) || r.left()) return reply_errno(out, EINVAL);
  unsigned ref = enqueue(kAccept, timeout, 0);
  std::string rep;
  put16(&rep, ref);
  reply_ok(out, rep);
  try_accept();
  if (int i = find_op(kAccept); i >= 0 && timeout == 0 && ops_[size_t(i)].ref == ref) {
    async_error(size_t(i), atoms::am_timeout);
  }
  update_interest();
  return true;
}

void InetDriver::try_accept() {
  for (int i; (i = find_op(kAccept)) >= 0;) {
    AsyncOp op = ops_[size_t(i)];
    Process* owner = lookup_process(op.caller);
    if (!owner || owner->state == ProcState::kExiting) {
      if (op.timer) cancel_port_timer(op.timer);
      ops_.erase(ops_.begin() + i);
      continue;
    }
    int fd = ::accept4(fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED) return;
      async_error(size_t(i), errno_atom(errno));
      continue;
    }
    ops_.erase(ops_.begin() + i);
    auto d = std::make_unique<InetDriver>(false);
    d->fd_ = fd;
    d->family_ = family_;
    d->settings_ = settings_;
    d->connected_ = d->bound_ = true;
    Port* np = open_port(owner, "tcp_inet", port_->opts, std::move(d));
    TermArena a;
    async_reply(op, tuple(a, {atoms::am_ok, np->id}), a);
  }
}

bool InetDriver::do_recv(Reader& r, std::string* out) {
  uint32_t timeout, length;
  unsigned req = udp_ ? kPacketRecv : kTcpRecv;
  if (!r.u32(&timeout) || !r.u32(&length) || r.left()) return reply_errno(out, EINVAL);
  if (udp_) {
    if (!open()) return reply_error(out, "exbadport");
  } else if (!connected_) {
    if (!delayed_close_recv_) return reply_errno(out, ENOTCONN);
    delayed_close_recv_ = delayed_close_send_ = false;
    return reply_error(out, "closed");
  }
  if (settings_.active != kPassive) return reply_errno(out, EINVAL);
  if (!udp_ && settings_.packet != kPbRaw && length != 0) return reply_errno(out, EINVAL);
  if (length > 0x4000000) return reply_errno(out, ENOMEM);
  if (find_op(req) >= 0) return reply_errno(out, EALREADY);
  unsigned ref = enqueue(req, timeout, length);
  std::string rep;
  put16(&rep, ref);
  reply_ok(out, rep);
  // Whatever is there now answers at once (a zero timeout sees only that).
  if (udp_) {
    read_datagrams();
  } else {
    deliver_stream();
    if (find_op(req) >= 0 && !read_closed_) read_stream();
    if (int i = find_op(req); i >= 0 && read_closed_) async_error(size_t(i), atoms::am_closed);
  }
  if (int i = find_op(req); i >= 0 && timeout == 0) async_error(size_t(i), atoms::am_timeout);
  update_interest();
  return true;
}

void InetDriver::timeout(Port& port, uint64_t timer) {
  (void)port;
  for (size_t i = 0; i < ops_.size(); i++) {
    if (ops_[i].timer != timer) continue;
    ops_[i].timer = 0;
    bool connect = ops_[i].req == kConnect;
    async_error(i, atoms::am_timeout);
    if (connect) close_socket();  // like ERTS: a connect that timed out closes the socket
    update_interest();
    return;
  }
}

// ---------------------------------------------------------------- I/O

void InetDriver::io_ready(Port& port, uint32_t events) {
  (void)port;
  poll_.fired();
  if (fd_ < 0) return;
  if (udp_) {
    if (events & kPollIn) read_datagrams();
  } else if (listening_) {
    try_accept();
  } else if (connecting_) {
    finish_connect();
  } else if (connected_) {
    if (events & kPollOut) {
      if (int err = flush_output()) send_failed(err, false);
    }
    if ((events & kPollIn) && fd_ >= 0 && !read_closed_) read_stream();
  }
  update_interest();
  if (close_pending_) close_port(&port, atoms::am_normal);  // frees this driver: nothing after
}

void InetDriver::read_stream() {
  char buf[kReadChunk];
  ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
  if (n < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return;
    peer_closed(errno);
    return;
  }
  if (n == 0) {
    peer_closed(0);
    return;
  }
  stats_.recv_oct += uint64_t(n);
  in_.append(buf, size_t(n));
  deliver_stream();
}

// The next complete packet in in_: its total length (0: incomplete), the
// offset and length of what is delivered. `want` is recv's length (raw).
long InetDriver::next_packet(size_t want, size_t* body_off, size_t* body_len, bool* too_big) const {
  size_t have = in_.size();
  const uint8_t* b = reinterpret_cast<const uint8_t*>(in_.data());
  *body_off = 0;
  *too_big = false;
  auto header = [&](unsigned h, size_t len, bool strip) -> long {
    if (settings_.packet_size && len > settings_.packet_size) {
      *too_big = true;
      return 0;
    }
    if (have < h + len) return 0;
    *body_off = strip ? h : 0;
    *body_len = strip ? len : h + len;
    return long(h + len);
  };
  switch (settings_.packet) {
    case kPbRaw:
      if (have == 0 || have < want) return 0;
      *body_len = want ? want : have;
      return long(*body_len);
    case kPb1:
      return have < 1 ? 0 : header(1, b[0], true);
    case kPb2:
      return have < 2 ? 0 : header(2, size_t(b[0]) << 8 | b[1], true);
    case kPb4:
      return have < 4 ? 0 : header(4, size_t(b[0]) << 24 | size_t(b[1]) << 16 | size_t(b[2]) << 8 | b[3], true);
    case kPbSunRm:
      return have < 4 ? 0 : header(4, (size_t(b[0] & 0x7F) << 24) | size_t(b[1]) << 16 | size_t(b[2]) << 8 | b[3], false);
    case kPbTpkt: {
      if (have < 4) return 0;
      size_t total = size_t(b[2]) << 8 | b[3];
      if (b[0] != 3 || total < 4) {
        *too_big = true;  // not a TPKT header: the stream is broken
        return 0;
      }
      return header(4, total - 4, false);
    }
    case kPbLine: {
      // Longer than packet_size: emsgsize; longer than the buffer: the
      // line comes in buffer-sized pieces.
      size_t max = settings_.packet_size, trunc = settings_.buffer;
      size_t nl = in_.find(char(settings_.line_delimiter));
      size_t len = nl == std::string::npos ? have : nl + 1;
      if (max && len > max) {
        *too_big = true;
        return 0;
      }
      if (trunc && len >= trunc) len = trunc;
      else if (nl == std::string::npos) return 0;
      *body_len = len;
      return long(len);
    }
    default:
      return 0;
  }
}

Term InetDriver::data_term(TermArena& a, const uint8_t* b, size_t n) const {
  size_t h = settings_.header;
  if (!settings_.binary || h > n) return build_byte_list(a, b, n);
  return build_byte_list(a, b, h, make_binary(a, b + h, n - h));
}

void InetDriver::deliver_stream() {
  while (fd_ >= 0 && port_) {
    bool passive = settings_.active == kPassive;
    int i = passive ? find_op(kTcpRecv) : -1;
    if (passive && i < 0) break;
    size_t off, len;
    bool too_big;
    long total = next_packet(i >= 0 ? ops_[size_t(i)].length : 0, &off, &len, &too_big);
    if (too_big) {
      in_.clear();
      if (i >= 0) {
        async_error(size_t(i), atoms::am_emsgsize);
      } else {
        TermArena a;
        send_to(port_->owner, tuple(a, {atoms::am_tcp_error, id_, atoms::am_emsgsize}));
      }
      break;
    }
    if (total == 0) break;
    stats_.recv_cnt++;
    stats_.recv_max = std::max<uint32_t>(stats_.recv_max, uint32_t(len));
    TermArena a;
    const uint8_t* b = reinterpret_cast<const uint8_t*>(in_.data()) + off;
    Term data = data_term(a, b, len);
    if (i >= 0) {
      AsyncOp op = ops_[size_t(i)];
      ops_.erase(ops_.begin() + i);
      in_.erase(0, size_t(total));
      async_reply(op, tuple(a, {atoms::am_ok, data}), a);
    } else {
      in_.erase(0, size_t(total));
      send_to(port_->owner, tuple(a, {atoms::am_tcp, id_, data}));
      after_active_message();
    }
  }
}

// {active, once} and {active, N} turn passive after their messages.
void InetDriver::after_active_message() {
  if (settings_.active == kActiveOnce) {
    settings_.active = kPassive;
  } else if (settings_.active == kActiveMulti && --settings_.active_count <= 0) {
    settings_.active = kPassive;
    TermArena a;
    send_to(port_->owner, tuple(a, {udp_ ? atoms::am_udp_passive : atoms::am_tcp_passive, id_}));
  }
}

// End of input (err 0) or a read error: ERTS's tcp_recv_closed/_error.
void InetDriver::close_port_later() {
  close_socket();
  if (close_pending_) return;
  close_pending_ = true;
  // io_ready closes the port when it is done; from other entry points the
  // close is posted: closing here would free this driver under its callers.
  Term id = id_;
  scheduler().io.post([id] {
    if (Port* p = lookup_port(id)) close_port(p, atoms::am_normal);
  });
}

void InetDriver::peer_closed(int err) {
  read_closed_ = true;
  delayed_close_send_ = true;
  in_.clear();
  Term reason = err == 0 || (err == ECONNRESET && !settings_.show_econnreset) ? atoms::am_closed : errno_atom(err);
  if (settings_.active == kPassive) {
    if (settings_.exit_on_close) close_socket();
    async_error_all(kTcpRecv, reason);
    return;
  }
  TermArena a;
  if (reason != atoms::am_closed) send_to(port_->owner, tuple(a, {atoms::am_tcp_error, id_, reason}));
  send_to(port_->owner, tuple(a, {atoms::am_tcp_closed, id_}));
  if (settings_.exit_on_close) close_port_later();
}

// A write failed (ERTS's tcp_send_error): `closed` (or the error with
// show_econnreset) to the sender; active sockets also get tcp_closed.
void InetDriver::send_failed(int err, bool reply) {
  out_.clear();
  Term reason = settings_.show_econnreset ? errno_atom(err) : atoms::am_closed;
  TermArena a;
  if (settings_.active != kPassive) {
    if (settings_.show_econnreset) send_to(port_->owner, tuple(a, {atoms::am_tcp_error, id_, reason}));
    send_to(port_->owner, tuple(a, {atoms::am_tcp_closed, id_}));
    if (reply) send_reply(tuple(a, {atoms::am_error, reason}));
    if (settings_.exit_on_close) close_port_later();
    else close_socket();
    return;
  }
  if (reply) send_reply(tuple(a, {atoms::am_error, reason}));
  else delayed_close_send_ = true;
  close_socket();
  delayed_close_recv_ = true;
}

// ---------------------------------------------------------------- output

void InetDriver::send_reply(Term result) {
  TermArena a;
  send_to(caller(), tuple(a, {atoms::am_inet_reply, id_, result}));
}

bool InetDriver::output(const uint8_t* bytes, size_t n, Term* reason) {
  (void)reason;
  TermArena a;
  if (udp_) {
    std::string in(reinterpret_cast<const char*>(bytes), n);
    Reader r(in);
    sockaddr_storage sa;
    socklen_t len;
    uint32_t anc;
    std::string skip;
    if (!open()) {
      send_reply(tuple(a, {atoms::am_error, atom("einval")}));
      return true;
    }
    if (!read_sockaddr(r, family_, &sa, &len) || !r.u32(&anc) || !r.bytes(anc, &skip)) {
      send_reply(tuple(a, {atoms::am_error, atom("einval")}));
      return true;
    }
    // A connected socket sends to its peer whatever the address says.
    ssize_t w = connected_ ? ::send(fd_, r.data(), r.left(), MSG_NOSIGNAL)
                           : ::sendto(fd_, r.data(), r.left(), MSG_NOSIGNAL, reinterpret_cast<sockaddr*>(&sa), len);
    if (w < 0) {
      send_reply(tuple(a, {atoms::am_error, errno_atom(errno)}));
      return true;
    }
    stats_.send_oct += uint64_t(w), stats_.send_cnt++;
    stats_.send_max = std::max<uint32_t>(stats_.send_max, uint32_t(w));
    send_reply(atoms::am_ok);
    return true;
  }
  if (!connected_) {
    bool closed = delayed_close_send_;
    delayed_close_send_ = false;
    send_reply(tuple(a, {atoms::am_error, atom(closed ? "closed" : "enotconn")}));
    return true;
  }
  unsigned h = settings_.packet == kPb1 ? 1 : settings_.packet == kPb2 ? 2 : settings_.packet == kPb4 ? 4 : 0;
  if (h && h < 4 && n >> (8 * h) != 0) {
    send_reply(tuple(a, {atoms::am_error, atoms::am_emsgsize}));
    return true;
  }
  for (unsigned i = h; i > 0; i--) out_.push_back(char(uint8_t(n >> (8 * (i - 1)))));
  out_.append(reinterpret_cast<const char*>(bytes), n);
  stats_.send_cnt++;
  stats_.send_max = std::max<uint32_t>(stats_.send_max, uint32_t(n));
  if (int err = flush_output()) send_failed(err, true);
  else send_reply(atoms::am_ok);
  update_interest();
  return true;
}

// Writes what it can of the output queue; the errno of a failed write.
int InetDriver::flush_output() {
  while (!out_.empty() && fd_ >= 0) {
    ssize_t w = ::send(fd_, out_.data(), out_.size(), MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) return 0;
      return errno;
    }
    stats_.send_oct += uint64_t(w);
    out_.erase(0, size_t(w));
  }
  if (out_.empty() && !empty_out_q_subscribers_.empty()) {
    for (Term pid : empty_out_q_subscribers_) {
      TermArena a;
      send_to(pid, tuple(a, {atoms::am_empty_out_q, id_}));
    }
    empty_out_q_subscribers_.clear();
  }
  return 0;
}

// ---------------------------------------------------------------- UDP

void InetDriver::read_datagrams() {
  std::string buf(std::max<uint32_t>(settings_.buffer, 1), '\0');
  for (uint32_t k = 0; k < std::max<uint32_t>(settings_.read_packets, 1) && fd_ >= 0 && port_; k++) {
    bool passive = settings_.active == kPassive;
    int i = passive ? find_op(kPacketRecv) : -1;
    if (passive && i < 0) return;
    sockaddr_storage sa{};
    socklen_t sl = sizeof sa;
    ssize_t n = ::recvfrom(fd_, buf.data(), buf.size(), 0, reinterpret_cast<sockaddr*>(&sa), &sl);
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return;
      TermArena a;
      if (i >= 0) async_error(size_t(i), errno_atom(errno));
      else send_to(port_->owner, tuple(a, {atoms::am_udp_error, id_, errno_atom(errno)}));
      return;
    }
    stats_.recv_oct += uint64_t(n), stats_.recv_cnt++;
    stats_.recv_max = std::max<uint32_t>(stats_.recv_max, uint32_t(n));
    TermArena a;
    const uint8_t* b = reinterpret_cast<const uint8_t*>(buf.data());
    Term data = data_term(a, b, size_t(n));
    if (i >= 0) {
      // {ok, [F, P1, P0, Addr... | Data]}
      std::string addr;
      put_sockaddr(&addr, sa);
      Term l = build_byte_list(a, reinterpret_cast<const uint8_t*>(addr.data()), addr.size(), data);
      AsyncOp op = ops_[size_t(i)];
      ops_.erase(ops_.begin() + i);
      async_reply(op, tuple(a, {atoms::am_ok, l}), a);
      return;
    }
    Term ip = atoms::am_undefined, port = make_small(0);
    if (sa.ss_family == AF_INET) {
      auto& in = reinterpret_cast<sockaddr_in&>(sa);
      uint32_t x = ntohl(in.sin_addr.s_addr);
      ip = tuple(a, {make_small(x >> 24), make_small((x >> 16) & 255), make_small((x >> 8) & 255), make_small(x & 255)});
      port = make_small(ntohs(in.sin_port));
    } else if (sa.ss_family == AF_INET6) {
      auto& in6 = reinterpret_cast<sockaddr_in6&>(sa);
      const uint8_t* x = in6.sin6_addr.s6_addr;
      Word* hp = a.alloc(9);
      hp[0] = make_header(Subtag::kTuple, 8);
      for (int j = 0; j < 8; j++) hp[1 + j] = make_small(x[2 * j] << 8 | x[2 * j + 1]).raw();
      ip = make_boxed(hp);
      port = make_small(ntohs(in6.sin6_port));
    }
    send_to(port_->owner, tuple(a, {atoms::am_udp, id_, ip, port, data}));
    after_active_message();
  }
}

// ---------------------------------------------------------------- options

bool InetDriver::set_options(Reader& r, std::string* out) {
  InetSettings& s = settings_;
  bool was_passive = s.active == kPassive;
  for (uint32_t opt; r.u8(&opt);) {
    int32_t v = 0;
    switch (opt) {
      case kActive: {
        if (!r.i32(&v)) return reply_errno(out, EINVAL);
        if (v == kActiveMulti) {
          uint32_t n;
          if (!r.u16(&n)) return reply_errno(out, EINVAL);
          int32_t count = (s.active == kActiveMulti ? s.active_count : 0) + int16_t(n);
          if (count > 32767) return reply_errno(out, EINVAL);
          if (count <= 0) {
            s.active = kPassive;
            s.active_count = 0;
            if (port_) {
              TermArena a;
              send_to(port_->owner, tuple(a, {udp_ ? atoms::am_udp_passive : atoms::am_tcp_passive, id_}));
            }
          } else {
            s.active = kActiveMulti;
            s.active_count = count;
          }
        } else if (v >= kPassive && v <= kActiveOnce) {
          s.active = v;
        } else {
          return reply_errno(out, EINVAL);
        }
        break;
      }
      case kPacket:
        if (!r.i32(&v)) return reply_errno(out, EINVAL);
        if (v != kPbRaw && v != kPb1 && v != kPb2 && v != kPb4 && v != kPbLine && v != kPbSunRm && v != kPbTpkt) {
          return reply_errno(out, EINVAL);  // http, asn1, cdr, fcgi, ssl_tls: not supported
        }
        s.packet = v;
        break;
      case kMode:
        if (!r.i32(&v)) return reply_errno(out, EINVAL);
        s.binary = v == 1;
        break;
      case kDeliver:
        if (!r.i32(&v)) return reply_errno(out, EINVAL);
        s.deliver_term = v == 1;
        break;
      case kLineDelimiter:
        if (!r.i32(&v)) return reply_errno(out, EINVAL);
        s.line_delimiter = uint8_t(v);
        break;
      case kHeader: case kBuffer: case kPacketSize: case kExitOnClose: case kDelaySend: case kHighWatermark:
      case kLowWatermark: case kHighMsgqWatermark: case kLowMsgqWatermark: case kSendTimeout:
      case kSendTimeoutClose: case kShowEconnreset: case kReadPackets:
        if (!r.i32(&v)) return reply_errno(out, EINVAL);
        if (opt == kHeader) s.header = uint32_t(v);
        else if (opt == kBuffer) s.buffer = v > 0 ? uint32_t(v) : s.buffer;
        else if (opt == kPacketSize) s.packet_size = uint32_t(v);
        else if (opt == kExitOnClose) s.exit_on_close = v != 0;
        else if (opt == kDelaySend) s.delay_send = v != 0;
        else if (opt == kHighWatermark) s.high_watermark = uint32_t(v);
        else if (opt == kLowWatermark) s.low_watermark = uint32_t(v);
        else if (opt == kHighMsgqWatermark) s.high_msgq_watermark = uint32_t(v);
        else if (opt == kLowMsgqWatermark) s.low_msgq_watermark = uint32_t(v);
        else if (opt == kSendTimeout) s.send_timeout = v;
        else if (opt == kSendTimeoutClose) s.send_timeout_close = v != 0;
        else if (opt == kShowEconnreset) s.show_econnreset = v != 0;
        else if (opt == kReadPackets) s.read_packets = uint32_t(v);
        break;
      default:
        if (!set_socket_option(opt, r)) return reply_errno(out, errno ? errno : EINVAL);
    }
  }
  if (r.left()) return reply_errno(out, EINVAL);
  if (was_passive && s.active != kPassive) {
    if (udp_) read_datagrams();
    else deliver_stream();
  }
  update_interest();
  return reply_ok(out);
}

// A socket-level option: its level and name, and how its value is coded.
struct SockOpt {
  uint8_t code;
  int level, name;
};

constexpr SockOpt kSockOpts[] = {
    {kReuseAddr, SOL_SOCKET, SO_REUSEADDR}, {kKeepAlive, SOL_SOCKET, SO_KEEPALIVE},
    {kDontRoute, SOL_SOCKET, SO_DONTROUTE}, {kBroadcast, SOL_SOCKET, SO_BROADCAST},
    {kOobInline, SOL_SOCKET, SO_OOBINLINE}, {kSndBuf, SOL_SOCKET, SO_SNDBUF},
    {kRcvBuf, SOL_SOCKET, SO_RCVBUF},       {kPriority, SOL_SOCKET, SO_PRIORITY},
    {kTos, IPPROTO_IP, IP_TOS},             {kTtl, IPPROTO_IP, IP_TTL},
    {kRecvTos, IPPROTO_IP, IP_RECVTOS},     {kRecvTtl, IPPROTO_IP, IP_RECVTTL},
    {kNoDelay, IPPROTO_TCP, TCP_NODELAY},   {kNoPush, IPPROTO_TCP, TCP_CORK},
    {kMulticastTtl, IPPROTO_IP, IP_MULTICAST_TTL}, {kMulticastLoop, IPPROTO_IP, IP_MULTICAST_LOOP},
    {kIpv6V6Only, IPPROTO_IPV6, IPV6_V6ONLY}, {kTclass, IPPROTO_IPV6, IPV6_TCLASS},
    {kRecvTclass, IPPROTO_IPV6, IPV6_RECVTCLASS},
};

const SockOpt* find_sockopt(uint32_t code) {
  for (const SockOpt& o : kSockOpts) {
    if (o.code == code) return &o;
  }
  return nullptr;
}

bool InetDriver::set_socket_option(uint32_t opt, Reader& r) {
  errno = 0;
  if (opt == kLinger) {
    int32_t on, secs;
    if (!r.i32(&on) || !r.i32(&secs)) return false;
    linger l{on != 0, secs};
    return !open() || ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, sizeof l) == 0;
  }
  if (opt == kDebug) {
    int32_t v;
    return r.i32(&v);
  }
  if (opt == kBindToDevice || opt == kNetns) {
    uint32_t n;
    std::string dev;
    if (!r.u32(&n) || !r.bytes(n, &dev)) return false;
    if (opt == kNetns) return true;
    return !open() || ::setsockopt(fd_, SOL_SOCKET, SO_BINDTODEVICE, dev.data(), socklen_t(dev.size())) == 0;
  }
  if (opt == kRaw) {
    int32_t level, name;
    uint32_t n;
    std::string val;
    if (!r.i32(&level) || !r.i32(&name) || !r.u32(&n) || !r.bytes(n, &val)) return false;
    return !open() || ::setsockopt(fd_, level, name, val.data(), socklen_t(val.size())) == 0;
  }
  if (opt == kMulticastIf) {
    uint32_t a;
    if (!r.u32(&a)) return false;
    in_addr ia{htonl(a)};
    return !open() || ::setsockopt(fd_, IPPROTO_IP, IP_MULTICAST_IF, &ia, sizeof ia) == 0;
  }
  if (opt == kAddMembership || opt == kDropMembership) {
    uint32_t domain, idx, group, local;
    if (!r.u32(&domain) || !r.u32(&idx) || domain != kAfInet || !r.u32(&group) || !r.u32(&local)) return false;
    ip_mreqn m{};
    m.imr_multiaddr.s_addr = htonl(group);
    m.imr_address.s_addr = htonl(local);
    m.imr_ifindex = int(idx);
    int name = opt == kAddMembership ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP;
    return open() && ::setsockopt(fd_, IPPROTO_IP, name, &m, sizeof m) == 0;
  }
  const SockOpt* so = find_sockopt(opt);
  int32_t v;
  if (!so || !r.i32(&v)) return false;
  if (!open()) return true;
  if (so->code == kMulticastTtl || so->code == kMulticastLoop) {
    unsigned char c = uint8_t(v);
    return ::setsockopt(fd_, so->level, so->name, &c, sizeof c) == 0;
  }
  int iv = v;
  return ::setsockopt(fd_, so->level, so->name, &iv, sizeof iv) == 0;
}

bool InetDriver::get_socket_option(uint32_t opt, std::string* out) {
  if (!open()) return false;
  if (opt == kLinger) {
    linger l{};
    socklen_t sl = sizeof l;
    if (::getsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, &sl) != 0) return false;
    put8(out, opt), put32(out, l.l_onoff ? 1 : 0), put32(out, uint32_t(l.l_linger));
    return true;
  }
  if (opt == kMulticastIf) {
    in_addr ia{};
    socklen_t sl = sizeof ia;
    if (::getsockopt(fd_, IPPROTO_IP, IP_MULTICAST_IF, &ia, &sl) != 0) return false;
    put8(out, opt), put32(out, ntohl(ia.s_addr)), put32(out, kAfInet);
    return true;
  }
  const SockOpt* so = find_sockopt(opt);
  if (!so) return false;
  int v = 0;
  socklen_t sl = sizeof v;
  if (so->code == kMulticastTtl || so->code == kMulticastLoop) {
    unsigned char c = 0;
    sl = sizeof c;
    if (::getsockopt(fd_, so->level, so->name, &c, &sl) != 0) return false;
    v = c;
  } else if (::getsockopt(fd_, so->level, so->name, &v, &sl) != 0) {
    return false;
  }
  put8(out, opt), put32(out, uint32_t(v));
  return true;
}

bool InetDriver::get_options(Reader& r, std::string* out) {
  const InetSettings& s = settings_;
  std::string rep;
  for (uint32_t opt; r.u8(&opt);) {
    auto val = [&](uint32_t v) { put8(&rep, opt), put32(&rep, v); };
    switch (opt) {
      case kActive:
        val(uint32_t(s.active));
        if (s.active == kActiveMulti) put16(&rep, uint32_t(s.active_count));
        break;
      case kPacket: val(uint32_t(s.packet)); break;
      case kMode: val(s.binary ? 1 : 0); break;
      case kDeliver: val(s.deliver_term ? 1 : 0); break;
      case kHeader: val(s.header); break;
      case kBuffer: val(s.buffer); break;
      case kPacketSize: val(s.packet_size); break;
      case kExitOnClose: val(s.exit_on_close); break;
      case kDelaySend: val(s.delay_send); break;
      case kHighWatermark: val(s.high_watermark); break;
      case kLowWatermark: val(s.low_watermark); break;
      case kHighMsgqWatermark: val(s.high_msgq_watermark); break;
      case kLowMsgqWatermark: val(s.low_msgq_watermark); break;
      case kSendTimeout: val(uint32_t(s.send_timeout)); break;
      case kSendTimeoutClose: val(s.send_timeout_close); break;
      case kShowEconnreset: val(s.show_econnreset); break;
      case kReadPackets:
        if (udp_) val(s.read_packets);  // not a TCP option: left out
        break;
      default:
        if (!get_socket_option(opt, &rep)) return reply_errno(out, EINVAL);
    }
  }
  return reply_ok(out, rep);
}

bool InetDriver::get_stats(Reader& r, std::string* out) {
  std::string rep;
  for (uint32_t st; r.u8(&st);) {
    put8(&rep, st);
    uint32_t cnt_r = stats_.recv_cnt, cnt_s = stats_.send_cnt;
    switch (st) {
      case kStatRecvOct: put64(&rep, stats_.recv_oct); break;
      case kStatSendOct: put64(&rep, stats_.send_oct); break;
      case kStatRecvCnt: put32(&rep, cnt_r); break;
      case kStatSendCnt: put32(&rep, cnt_s); break;
      case kStatRecvMax: put32(&rep, stats_.recv_max); break;
      case kStatSendMax: put32(&rep, stats_.send_max); break;
      case kStatRecvAvg: put32(&rep, cnt_r ? uint32_t(stats_.recv_oct / cnt_r) : 0); break;
      case kStatSendAvg: put32(&rep, cnt_s ? uint32_t(stats_.send_oct / cnt_s) : 0); break;
      case kStatRecvDvi: put32(&rep, 0); break;
      case kStatSendPend: put32(&rep, uint32_t(out_.size())); break;
      default: return reply_errno(out, EINVAL);
    }
  }
  return reply_ok(out, rep);
}

// An interface address as inet_drv's sockaddr_to_buf writes it: the
// family and the address bytes (IPv4/IPv6), or the length and bytes of a
// link-level address.
void put_if_addr(std::string* o, uint8_t opt, const sockaddr* sa) {
  if (sa->sa_family == AF_INET) {
    put8(o, opt), put8(o, kAfInet);
    o->append(reinterpret_cast<const char*>(&reinterpret_cast<const sockaddr_in*>(sa)->sin_addr), 4);
  } else if (sa->sa_family == AF_INET6) {
    put8(o, opt), put8(o, kAfInet6);
    o->append(reinterpret_cast<const char*>(&reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr), 16);
  } else if (sa->sa_family == AF_PACKET) {
    auto* ll = reinterpret_cast<const sockaddr_ll*>(sa);
    put8(o, opt), put16(o, ll->sll_halen);
    o->append(reinterpret_cast<const char*>(ll->sll_addr), ll->sll_halen);
  }
}

// INET_REQ_GETIFADDRS: per getifaddrs(3) entry, its name (latin-1 bytes
// as UTF-8), NUL, the flags, the addresses, NUL.
bool InetDriver::get_ifaddrs(std::string* out) {
  ifaddrs* list;
  if (::getifaddrs(&list) != 0) return reply_errno(out, errno);
  std::string rep;
  for (ifaddrs* i = list; i; i = i->ifa_next) {
    for (const char* c = i->ifa_name; *c; c++) {
      uint8_t b = uint8_t(*c);
      if (b < 0x80) put8(&rep, b);
      else put8(&rep, 0xC0 | (b >> 6)), put8(&rep, 0x80 | (b & 0x3F));
    }
    put8(&rep, 0);
    unsigned f = i->ifa_flags;
    uint32_t flags = ((f & IFF_UP) ? 0x01 | 0x10 : 0) | ((f & IFF_BROADCAST) ? 0x02 : 0) |
                     ((f & IFF_LOOPBACK) ? 0x04 : 0) | ((f & IFF_POINTOPOINT) ? 0x08 : 0) |
                     ((f & IFF_MULTICAST) ? 0x20 : 0);  // ERTS reports `running` for every interface that is up
    put8(&rep, 6), put32(&rep, flags);  // INET_IFOPT_FLAGS
    if (const sockaddr* sa = i->ifa_addr) {
      if (sa->sa_family == AF_INET || sa->sa_family == AF_INET6) {
        put_if_addr(&rep, 1, sa);                               // INET_IFOPT_ADDR
        if (i->ifa_netmask) put_if_addr(&rep, 5, i->ifa_netmask);  // NETMASK
        if (i->ifa_dstaddr && (f & IFF_POINTOPOINT)) put_if_addr(&rep, 3, i->ifa_dstaddr);     // DSTADDR
        else if (i->ifa_broadaddr && (f & IFF_BROADCAST)) put_if_addr(&rep, 2, i->ifa_broadaddr);  // BROADADDR
      } else if (sa->sa_family == AF_PACKET && reinterpret_cast<const sockaddr_ll*>(sa)->sll_halen > 1) {
        put_if_addr(&rep, 7, sa);  // INET_IFOPT_HWADDR
      }
    }
    put8(&rep, 0);
  }
  ::freeifaddrs(list);
  return reply_ok(out, rep);
}

}  // namespace

bool is_inet_driver_name(std::string_view name) { return name == "tcp_inet" || name == "udp_inet"; }

std::unique_ptr<PortDriver> make_inet_driver(std::string_view name) {
  return std::make_unique<InetDriver>(name == "udp_inet");
}

}  // namespace openbeam::vm
