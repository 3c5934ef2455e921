// erlang:iolist_to_iovec/1 and erlang:term_to_iovec/1,2: iodata and the
// external format as lists of binaries, large binaries passed by reference.
#include <algorithm>
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/bits.hpp"
#include "vm/ext_encode.hpp"

namespace openbeam::bifs {

using namespace vm;

// term_to_binary/2's option parser (bifs/binary_bifs.cpp).
bool parse_encode_options(Term opts, EncodeOptions* o, bool for_size);

namespace {

// ERTS's iolist_to_iovec (erl_io_queue.c) groups bytes and binaries below
// 256 bytes into accumulator binaries and passes larger binaries through;
// the element sizes it returns follow from these rules, reproduced here.
constexpr size_t kSmallBin = 256;             // IOL2V_SMALL_BIN_LIMIT
constexpr size_t kAccReallocLimit = 256 * 32;  // ACC_REALLOCATION_LIMIT

class IovecBuilder {
 public:
  explicit IovecBuilder(Process* p) : p_(p) {}

  void bytes(const uint8_t* b, size_t n) {
    expand(n);
    acc_.insert(acc_.end(), b, b + n);
  }

  // A binary with whole bytes.
  void binary(Term bin) {
    BitsView v = bits_view(bin);
    size_t n = v.bytes;
    if (n == 0) return;
    bool acc_small = acc_.size() < kSmallBin, bin_small = n < kSmallBin;
    if (!bin_small && (acc_.empty() || !acc_small)) {
      if (!acc_.empty()) promote();
      out_.push_back(bin);
    } else if (bin_small || n + acc_.size() < 2 * kSmallBin) {
      expand(n);
      for (size_t i = 0; i < n; i++) acc_.push_back(v.byte(i));
    } else {
      // Fill the accumulator up to the limit, pass the rest by reference.
      size_t spill = kSmallBin - acc_.size();
      expand(spill);
      for (size_t i = 0; i < spill; i++) acc_.push_back(v.byte(i));
      promote();
      out_.push_back(make_sub_binary(*p_, bin, spill * 8, (n - spill) * 8));
    }
  }

  Term finish() {
    if (!acc_.empty()) promote();
    return make_list_from(p_, out_.data(), out_.size());
  }

 private:
  // ERTS grows its accumulator by doubling and starts a new one past a
  // limit instead of growing it further.
  void expand(size_t extra) {
    size_t need = acc_.size() + extra;
    if (alloc_ == 0) {
      alloc_ = std::max(need, kSmallBin);
    } else if (need > alloc_) {
      if (alloc_ >= kAccReallocLimit) {
        promote();
        expand(extra);
        return;
      }
      alloc_ = std::max(need, alloc_ * 2);
    }
  }
  void promote() {
    out_.push_back(make_binary(*p_, acc_.data(), acc_.size()));
    acc_.clear();
    alloc_ = 0;
  }

  Process* p_;
  std::vector<uint8_t> acc_;
  size_t alloc_ = 0;  // the size ERTS's accumulator would have (0: none)
  std::vector<Term> out_;
};

}  // namespace

Term erl_iolist_to_iovec(Process* p, Term* a) {
  Term t = a[0];
  if (is_nil(t)) return t;
  if (is_bitstring(t)) {
    BitsView v = bits_view(t);
    if (v.extra_bits) return badarg(p);
    return v.bytes ? make_list_from_cons(p, t, make_nil()) : make_nil();
  }
  if (!is_list(t)) return badarg(p);
  IovecBuilder b(p);
  std::vector<Term> stack{t};
  std::vector<uint8_t> run;
  auto binary = [&](Term x) {
    if (bits_view(x).extra_bits) return false;
    b.binary(x);
    return true;
  };
  while (!stack.empty()) {
    Term l = stack.back();
    stack.pop_back();
    while (is_list(l)) {
      Term x = car(l);
      if (is_small(x)) {
        // A run of bytes goes into the accumulator at once.
        run.clear();
        while (is_list(l) && is_small(car(l))) {
          int64_t v = small_value(car(l));
          if (v < 0 || v > 255) return badarg(p);
          run.push_back(uint8_t(v));
          l = cdr(l);
        }
        b.bytes(run.data(), run.size());
        continue;
      }
      if (is_bitstring(x)) {
        if (!binary(x)) return badarg(p);
      } else if (is_list(x) || is_nil(x)) {
        if (!is_nil(cdr(l))) stack.push_back(cdr(l));
        l = x;
        continue;
      } else {
        return badarg(p);
      }
      l = cdr(l);
    }
    if (is_bitstring(l)) {
      if (!binary(l)) return badarg(p);
    } else if (!is_nil(l)) {
      return badarg(p);
    }
  }
  return b.finish();
}

static Term term_to_iovec(Process* p, Term t, EncodeOptions& o) {
  std::vector<std::pair<size_t, Term>> refs;
  // erl 25 returns a plain binary when compression is asked for.
  bool compressed = o.compressed_level >= 1;
  if (!compressed) o.iovec = &refs;
  EncodeError err;
  auto bytes = term_to_binary(t, o, &err);
  if (!bytes) return err == EncodeError::kSystemLimit ? raise_error(p, atoms::am_system_limit) : badarg(p);
  if (compressed) return make_binary(*p, bytes->data(), bytes->size());
  std::vector<Term> out;
  size_t at = 0;
  for (auto& [pos, bin] : refs) {
    if (pos > at) out.push_back(make_binary(*p, bytes->data() + at, pos - at));
    size_t whole = bits_view(bin).bytes;
    out.push_back(make_sub_binary(*p, bin, 0, whole * 8));
    at = pos + whole;
  }
  if (bytes->size() > at) out.push_back(make_binary(*p, bytes->data() + at, bytes->size() - at));
  return make_list_from(p, out.data(), out.size());
}

Term erl_term_to_iovec_1(Process* p, Term* a) {
  EncodeOptions o;
  return term_to_iovec(p, a[0], o);
}

Term erl_term_to_iovec_2(Process* p, Term* a) {
  EncodeOptions o;
  if (!parse_encode_options(a[1], &o, false)) return badarg(p);
  return term_to_iovec(p, a[0], o);
}

}  // namespace openbeam::bifs
