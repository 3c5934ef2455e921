// The byte formats prim_inet and the inet drivers exchange through
// port_control/3 and port_command/2 (facts from prim_inet.erl and
// inet_int.hrl): big-endian integers, socket addresses as a family byte,
// a 16-bit port and the address bytes, and the request, reply and option
// codes.
#pragma once

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstdint>
#include <cstring>
#include <string>

namespace openbeam::vm::inet {

constexpr unsigned kControlMagic = 0x03f1a300;

// Requests (INET_REQ_*, TCP_REQ_*, PACKET_REQ_*).
enum Request : unsigned {
  kOpen = 1, kClose = 2, kConnect = 3, kPeer = 4, kName = 5, kBind = 6, kSetOpts = 7, kGetOpts = 8,
  kGetStat = 11, kGetHostname = 12, kFdOpen = 13, kGetFd = 14, kGetType = 15, kGetStatus = 16,
  kGetServByName = 17, kGetServByPort = 18, kSetName = 19, kSetPeer = 20, kGetIfList = 21, kIfGet = 22,
  kIfSet = 23, kSubscribe = 24, kGetIfAddrs = 25, kAccept = 26, kListen = 27, kIgnoreFd = 28,
  kTcpRecv = 42, kTcpUnrecv = 43, kTcpShutdown = 44, kTcpSendfile = 45, kPacketRecv = 60,
};

enum : uint8_t { kRepError = 0, kRepOk = 1 };

// Address families on the wire (INET_AF_*) and socket types.
enum : uint8_t { kAfInet = 1, kAfInet6 = 2, kAfAny = 3, kAfLoopback = 4, kAfLocal = 5 };
enum : uint8_t { kTypeStream = 1, kTypeDgram = 2 };

// Socket options (INET_OPT_*, TCP_OPT_*, UDP_OPT_*, INET_LOPT_*).
enum Option : uint8_t {
  kReuseAddr = 0, kKeepAlive = 1, kDontRoute = 2, kLinger = 3, kBroadcast = 4, kOobInline = 5, kSndBuf = 6,
  kRcvBuf = 7, kPriority = 8, kTos = 9, kNoDelay = 10, kMulticastIf = 11, kMulticastTtl = 12,
  kMulticastLoop = 13, kAddMembership = 14, kDropMembership = 15, kIpv6V6Only = 16,
  kBuffer = 20, kHeader = 21, kActive = 22, kPacket = 23, kMode = 24, kDeliver = 25, kExitOnClose = 26,
  kHighWatermark = 27, kLowWatermark = 28, kSendTimeout = 30, kDelaySend = 31, kPacketSize = 32,
  kReadPackets = 33, kRaw = 34, kSendTimeoutClose = 35, kHighMsgqWatermark = 36, kLowMsgqWatermark = 37,
  kNetns = 38, kShowEconnreset = 39, kLineDelimiter = 40, kTclass = 41, kBindToDevice = 42, kRecvTos = 43,
  kRecvTclass = 44, kPktOptions = 45, kTtl = 46, kRecvTtl = 47, kNoPush = 48, kDebug = 99,
};

enum : int { kPassive = 0, kActiveTrue = 1, kActiveOnce = 2, kActiveMulti = 3 };

// Packet types ({packet, _}).
enum : int {
  kPbRaw = 0, kPb1 = 1, kPb2 = 2, kPb4 = 3, kPbAsn1 = 4, kPbSunRm = 5, kPbCdr = 6, kPbFcgi = 7,
  kPbLine = 8, kPbTpkt = 9, kPbHttp = 10, kPbHttph = 11, kPbSslTls = 12, kPbHttpBin = 13, kPbHttphBin = 14,
};

// Status flags (INET_F_*).
enum : uint32_t { kFOpen = 1, kFBound = 2, kFActive = 4, kFListen = 8, kFCon = 0x10, kFAcc = 0x20 };

// Statistics (INET_STAT_*).
enum : uint8_t {
  kStatRecvCnt = 1, kStatRecvMax = 2, kStatRecvAvg = 3, kStatRecvDvi = 4, kStatSendCnt = 5, kStatSendMax = 6,
  kStatSendAvg = 7, kStatSendPend = 8, kStatRecvOct = 9, kStatSendOct = 10,
};

// Reads big-endian fields from a request; every getter fails (false) at
// the end of the input.
class Reader {
 public:
  Reader(const std::string& s) : p_(reinterpret_cast<const uint8_t*>(s.data())), n_(s.size()) {}
  size_t left() const { return n_; }
  const uint8_t* data() const { return p_; }
  bool u8(uint32_t* v) { return take(1, v); }
  bool u16(uint32_t* v) { return take(2, v); }
  bool u32(uint32_t* v) { return take(4, v); }
  bool i32(int32_t* v) {
    uint32_t u;
    if (!take(4, &u)) return false;
    *v = int32_t(u);
    return true;
  }
  bool bytes(size_t n, std::string* out) {
    if (n_ < n) return false;
    out->assign(reinterpret_cast<const char*>(p_), n);
    p_ += n, n_ -= n;
    return true;
  }

 private:
  bool take(size_t k, uint32_t* v) {
    if (n_ < k) return false;
    uint32_t x = 0;
    for (size_t i = 0; i < k; i++) x = (x << 8) | p_[i];
    p_ += k, n_ -= k;
    *v = x;
    return true;
  }
  const uint8_t* p_;
  size_t n_;
};

inline void put8(std::string* o, uint32_t v) { o->push_back(char(uint8_t(v))); }
inline void put16(std::string* o, uint32_t v) { put8(o, v >> 8), put8(o, v); }
inline void put32(std::string* o, uint32_t v) { put16(o, v >> 16), put16(o, v); }
inline void put64(std::string* o, uint64_t v) { put32(o, uint32_t(v >> 32)), put32(o, uint32_t(v)); }

// A socket address of `family` (AF_INET, AF_INET6, AF_UNIX) read from the
// wire; false for a malformed or mismatching address.
inline bool read_sockaddr(Reader& r, int family, sockaddr_storage* sa, socklen_t* len) {
  std::memset(sa, 0, sizeof *sa);
  uint32_t f, port;
  if (!r.u8(&f)) return false;
  if (f == kAfLocal) {
    uint32_t n;
    std::string path;
    auto* un = reinterpret_cast<sockaddr_un*>(sa);
    if (family != AF_UNIX || !r.u8(&n) || !r.bytes(n, &path) || n >= sizeof un->sun_path) return false;
    un->sun_family = AF_UNIX;
    std::memcpy(un->sun_path, path.data(), n);
    *len = socklen_t(offsetof(sockaddr_un, sun_path) + n);
    return true;
  }
  if (!r.u16(&port)) return false;
  if (family == AF_INET && (f == kAfInet || f == kAfAny || f == kAfLoopback)) {
    auto* in = reinterpret_cast<sockaddr_in*>(sa);
    in->sin_family = AF_INET;
    in->sin_port = htons(uint16_t(port));
    uint32_t a = f == kAfAny ? INADDR_ANY : INADDR_LOOPBACK;
    if (f == kAfInet && !r.u32(&a)) return false;
    in->sin_addr.s_addr = htonl(a);
    *len = sizeof *in;
    return true;
  }
  if (family == AF_INET6 && (f == kAfInet6 || f == kAfAny || f == kAfLoopback)) {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(sa);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(uint16_t(port));
    if (f == kAfLoopback) in6->sin6_addr = in6addr_loopback;
    if (f == kAfInet6) {
      std::string a;
      uint32_t flow, scope;
      if (!r.bytes(16, &a) || !r.u32(&flow) || !r.u32(&scope)) return false;
      std::memcpy(&in6->sin6_addr, a.data(), 16);
      in6->sin6_flowinfo = htonl(flow);
      in6->sin6_scope_id = scope;
    }
    *len = sizeof *in6;
    return true;
  }
  return false;
}

// A socket address as prim_inet's get_addr/2 reads it.
inline void put_sockaddr(std::string* o, const sockaddr_storage& sa) {
  if (sa.ss_family == AF_INET) {
    auto& in = reinterpret_cast<const sockaddr_in&>(sa);
    put8(o, kAfInet), put16(o, ntohs(in.sin_port)), put32(o, ntohl(in.sin_addr.s_addr));
  } else if (sa.ss_family == AF_INET6) {
    auto& in6 = reinterpret_cast<const sockaddr_in6&>(sa);
    put8(o, kAfInet6), put16(o, ntohs(in6.sin6_port));
    o->append(reinterpret_cast<const char*>(&in6.sin6_addr), 16);
  } else if (sa.ss_family == AF_UNIX) {
    auto& un = reinterpret_cast<const sockaddr_un&>(sa);
    size_t n = strnlen(un.sun_path, sizeof un.sun_path);
    put8(o, kAfLocal), put8(o, uint32_t(n));
    o->append(un.sun_path, n);
  } else {
    put8(o, 0);  // INET_AF_UNSPEC
  }
}

}  // namespace openbeam::vm::inet
