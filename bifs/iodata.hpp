// Walking iodata (binaries, bytes and nested lists, a binary tail allowed)
// chunk by chunk, without flattening it first.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/bits.hpp"
#include "vm/term.hpp"

namespace openbeam::bifs {

// Calls chunk(const uint8_t* bytes, size_t n) on the bytes of `t` in order.
// False (possibly after some calls) if `t` is not iodata; bitstrings that
// are not whole bytes are not iodata.
template <class F>
bool for_each_iodata_chunk(vm::Term t, F&& chunk) {
  using namespace vm;
  std::vector<uint8_t> scratch;
  auto binary = [&](Term b) {
    BitsView v = bits_view(b);
    if (v.extra_bits) return false;
    if (v.bytes) chunk(view_bytes(v, scratch), v.bytes);
    return true;
  };
  if (is_bitstring(t)) return binary(t);
  std::vector<Term> stack{t};
  uint8_t buf[256];
  size_t nbuf = 0;
  auto flush = [&] {
    if (nbuf) chunk(buf, nbuf);
    nbuf = 0;
  };
  while (!stack.empty()) {
    Term l = stack.back();
    stack.pop_back();
    while (is_list(l)) {
      Term x = car(l);
      if (is_small(x)) {
        int64_t b = small_value(x);
        if (b < 0 || b > 255) return false;
        buf[nbuf++] = uint8_t(b);
        if (nbuf == sizeof buf) flush();
      } else if (is_bitstring(x)) {
        flush();
        if (!binary(x)) return false;
      } else if (is_list(x) || is_nil(x)) {
        stack.push_back(cdr(l));
        l = x;
        continue;
      } else {
        return false;
      }
      l = cdr(l);
    }
    if (is_bitstring(l)) {
      flush();
      if (!binary(l)) return false;
    } else if (!is_nil(l)) {
      return false;
    }
  }
  flush();
  return true;
}

// An iovec argument of a NIF (ERTS's enif_inspect_iovec): a proper list
// of binaries (whole bytes). False for anything else, a lone binary too.
inline bool iovec_views(vm::Term t, std::vector<vm::BitsView>* out) {
  using namespace vm;
  for (; is_list(t); t = cdr(t)) {
    if (!is_binary_term(car(t))) return false;
    out->push_back(bits_view(car(t)));
  }
  return is_nil(t);
}

// The bytes of iodata `t` in *out (replacing its contents); false if `t`
// is not iodata.
inline bool iodata_bytes(vm::Term t, std::string* out) {
  out->clear();
  return for_each_iodata_chunk(t, [&](const uint8_t* b, size_t n) { out->append(reinterpret_cast<const char*>(b), n); });
}

}  // namespace openbeam::bifs
