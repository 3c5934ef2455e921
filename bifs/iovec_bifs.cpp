// erlang:iolist_to_iovec/1: an iolist as a list of binaries, shaped like
// ERTS's (erl_io_queue.c): bytes and small binaries (< 256 bytes) are
// gathered into accumulator binaries; a large binary is passed on as it is
// when the accumulator is empty or already large, else the accumulator is
// topped up to 256 bytes from it and the rest passed on as a sub binary. An
// accumulator is closed once it would outgrow 8 KiB (ERTS's reallocation
// limit), so the same iolist gives the same list of binaries as in erl.
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/bits.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

constexpr size_t kSmallBin = 256;           // ERTS's IOL2V_SMALL_BIN_LIMIT
constexpr size_t kAccReallocLimit = 8192;  // ACC_REALLOCATION_LIMIT

class IovecBuilder {
 public:
  explicit IovecBuilder(Process* p) : p_(p) {}

  bool add_binary(Term b) {
    BitsView v = bits_view(b);
    if (!v.is_binary()) return false;
    size_t n = v.bytes;
    if (n == 0) return true;
    bool acc_small = acc_.size() < kSmallBin, bin_small = n < kSmallBin;
    if (!bin_small && (acc_.empty() || !acc_small)) {
      flush();
      out_.push_back(b);
    } else if (bin_small || acc_.size() + n < 2 * kSmallBin) {
      reserve(n);
      for (size_t i = 0; i < n; i++) acc_.push_back(v.byte(i));
    } else {
      size_t spill = kSmallBin - acc_.size();
      reserve(spill);
      for (size_t i = 0; i < spill; i++) acc_.push_back(v.byte(i));
      flush();
      out_.push_back(make_sub_binary(*p_, b, spill * 8, (n - spill) * 8));
    }
    return true;
  }

  // A run of byte integers is taken as one piece (ERTS sizes the
  // accumulator for the whole run). False if one is not a byte.
  bool add_bytes(Term run, size_t n) {
    reserve(n);
    for (size_t i = 0; i < n; i++, run = cdr(run)) {
      int64_t c = small_value(car(run));
      if (c < 0 || c > 255) return false;
      acc_.push_back(uint8_t(c));
    }
    return true;
  }

  Term finish() {
    flush();
    return make_list_from(p_, out_.data(), out_.size());
  }

 private:
  // ERTS's accumulator growth: at least 256 bytes, doubling; past the
  // reallocation limit the accumulator is closed and a new one started.
  void reserve(size_t extra) {
    size_t need = acc_.size() + extra;
    if (cap_ == 0) {
      cap_ = need > kSmallBin ? need : kSmallBin;
    } else if (need > cap_) {
      if (cap_ >= kAccReallocLimit) {
        flush();
        reserve(extra);
        return;
      }
      cap_ = need > 2 * cap_ ? need : 2 * cap_;
    }
  }
  void flush() {
    if (acc_.empty()) return;
    out_.push_back(make_binary(*p_, acc_.data(), acc_.size()));
    acc_.clear();
    cap_ = 0;
  }

  Process* p_;
  std::vector<uint8_t> acc_;
  size_t cap_ = 0;
  std::vector<Term> out_;
};

}  // namespace

Term erl_iolist_to_iovec_1(Process* p, Term* a) {
  Term t = a[0];
  if (is_nil(t)) return t;
  if (is_bitstring(t)) {
    BitsView v = bits_view(t);
    if (!v.is_binary()) return badarg(p);
    return v.bytes ? make_list_from(p, &t, 1) : make_nil();
  }
  if (!is_list(t)) return badarg(p);
  IovecBuilder b(p);
  std::vector<Term> rest;
  for (;;) {
    while (is_list(t)) {
      Term h = car(t);
      if (is_small(h)) {
        size_t n = 0;
        Term end = t;
        while (is_list(end) && is_small(car(end))) {
          n++;
          end = cdr(end);
        }
        if (!b.add_bytes(t, n)) return badarg(p);
        t = end;
        continue;
      } else if (is_bitstring(h)) {
        if (!b.add_binary(h)) return badarg(p);
      } else if (is_list(h) || is_nil(h)) {
        if (!is_nil(cdr(t))) rest.push_back(cdr(t));
        t = h;
        continue;
      } else {
        return badarg(p);
      }
      t = cdr(t);
    }
    if (is_bitstring(t)) {
      if (!b.add_binary(t)) return badarg(p);
    } else if (!is_nil(t)) {
      return badarg(p);
    }
    if (rest.empty()) break;
    t = rest.back();
    rest.pop_back();
  }
  return b.finish();
}

}  // namespace openbeam::bifs
