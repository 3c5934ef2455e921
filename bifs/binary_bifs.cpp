// Binary, bitstring and iolist BIFs.
#include <cstring>
#include <string>
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/bits.hpp"
#include "vm/ext_encode.hpp"
#include "vm/ext_term.hpp"
#include "vm/integer_arith.hpp"

namespace openbeam::bifs {

using namespace vm;

// Appends the bytes of an iolist (bytes, binaries, nested lists; a tail may
// be a binary) to `out`. With `bits`, bitstrings are allowed too
// (list_to_bitstring). False if it is not one. Iterative.
static bool flatten_iolist(Term t, BitWriter& out, bool bits) {
  std::vector<Term> stack;
  stack.push_back(t);
  while (!stack.empty()) {
    Term x = stack.back();
    stack.pop_back();
    if (is_nil(x)) continue;
    if (is_bitstring(x)) {
      BitsView v = bits_view(x);
      if (!bits && v.extra_bits) return false;
      out.put_binary(x, -1);
      continue;
    }
    if (!is_list(x)) return false;
    Term hd = car(x), tl = cdr(x);
    if (!is_nil(tl) && !is_list(tl) && !is_bitstring(tl)) return false;
    stack.push_back(tl);
    if (is_small(hd)) {
      int64_t b = small_value(hd);
      if (b < 0 || b > 255) return false;
      uint8_t byte = uint8_t(b);
      out.put_string(&byte, 1);
    } else if (is_list(hd) || is_nil(hd) || is_bitstring(hd)) {
      stack.push_back(hd);
    } else {
      return false;
    }
  }
  return true;
}

static Term bytes_to_list(Process* p, const BitsView& v, size_t from, size_t n) {
  charge_reductions(p, n, kBytesPerReduction);
  std::vector<Term> items(n);
  for (size_t i = 0; i < n; i++) items[i] = make_small(v.byte(from + i));
  return make_list_from(p, items.data(), n);
}

Term erl_byte_size(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  return make_small(int64_t(v.bytes + (v.extra_bits ? 1 : 0)));
}

Term erl_bit_size(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return badarg(p);
  return make_small(int64_t(bits_view(a[0]).bit_size()));
}

Term erl_binary_to_list_1(Process* p, Term* a) {
  if (!is_binary_term(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  return bytes_to_list(p, v, 0, v.bytes);
}

Term erl_binary_to_list_3(Process* p, Term* a) {
  if (!is_binary_term(a[0]) || !is_small(a[1]) || !is_small(a[2])) return badarg(p);
  BitsView v = bits_view(a[0]);
  int64_t s = small_value(a[1]), e = small_value(a[2]);
  if (s < 1 || e < s || size_t(e) > v.bytes) return badarg(p);
  return bytes_to_list(p, v, size_t(s - 1), size_t(e - s + 1));
}

Term erl_bitstring_to_list(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  Term tail = make_nil();
  if (v.extra_bits) {
    Term last = make_sub_binary(*p, a[0], v.bytes * 8, v.extra_bits);
    tail = make_list_from_cons(p, last, make_nil());
  }
  std::vector<Term> items(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) items[i] = make_small(v.byte(i));
  Term l = tail;
  for (size_t i = v.bytes; i > 0; i--) l = make_list_from_cons(p, items[i - 1], l);
  return l;
}

Term erl_list_to_binary(Process* p, Term* a) {
  if (!is_list(a[0]) && !is_nil(a[0])) return badarg(p);
  BitWriter w;
  if (!flatten_iolist(a[0], w, false)) return badarg(p);
  charge_reductions(p, w.bit_size() / 8, kBytesPerReduction);
  return w.finish(*p);
}

Term erl_iolist_to_binary(Process* p, Term* a) {
  if (is_binary_term(a[0])) return a[0];
  if (!is_list(a[0]) && !is_nil(a[0])) return badarg(p);
  BitWriter w;
  if (!flatten_iolist(a[0], w, false)) return badarg(p);
  charge_reductions(p, w.bit_size() / 8, kBytesPerReduction);
  return w.finish(*p);
}

Term erl_list_to_bitstring(Process* p, Term* a) {
  if (!is_list(a[0]) && !is_nil(a[0])) return badarg(p);
  BitWriter w;
  if (!flatten_iolist(a[0], w, true)) return badarg(p);
  charge_reductions(p, w.bit_size() / 8, kBytesPerReduction);
  return w.finish(*p);
}

Term erl_iolist_size(Process* p, Term* a) {
  if (is_binary_term(a[0])) return make_small(int64_t(bits_view(a[0]).bytes));
  if (!is_list(a[0]) && !is_nil(a[0])) return badarg(p);
  BitWriter w;
  if (!flatten_iolist(a[0], w, false)) return badarg(p);
  charge_reductions(p, w.bit_size() / 8, kBytesPerReduction);
  return make_small(int64_t(w.bit_size() / 8));
}

Term erl_binary_part_3(Process* p, Term* a) { return binary_part_of(p, a[0], a[1], a[2]); }

Term erl_binary_part_2(Process* p, Term* a) {
  if (!is_tuple(a[1]) || tuple_arity(a[1]) != 2) return badarg(p);
  return binary_part_of(p, a[0], tuple_element(a[1], 1), tuple_element(a[1], 2));
}

Term erl_split_binary(Process* p, Term* a) {
  if (!is_binary_term(a[0]) || !is_small(a[1])) return badarg(p);
  int64_t n = small_value(a[1]);
  size_t size = bits_view(a[0]).bytes;
  if (n < 0 || size_t(n) > size) return badarg(p);
  Term x = extract_bits(*p, a[0], 0, size_t(n) * 8);
  Term y = extract_bits(*p, a[0], size_t(n) * 8, (size - size_t(n)) * 8);
  return make_tuple2(p, x, y);
}

static bool encoding_ok(Term enc, bool* utf8) {
  if (enc == atoms::am_latin1) {
    *utf8 = false;
    return true;
  }
  if (enc == atoms::am_utf8 || enc == atoms::am_unicode) {
    *utf8 = true;
    return true;
  }
  return false;
}

static Term atom_to_binary(Process* p, Term at, Term enc) {
  bool utf8;
  if (!is_atom(at) || !encoding_ok(enc, &utf8)) return badarg(p);
  std::string_view s = atom_text(at);
  if (utf8) return make_binary(*p, reinterpret_cast<const uint8_t*>(s.data()), s.size());
  std::string latin;
  for (size_t i = 0; i < s.size();) {
    uint8_t c = uint8_t(s[i]);
    if (c < 0x80) {
      latin.push_back(char(c));
      i++;
    } else if ((c & 0xE0) == 0xC0 && i + 1 < s.size() && ((c & 0x1F) << 6 | (uint8_t(s[i + 1]) & 0x3F)) < 256) {
      latin.push_back(char((c & 0x1F) << 6 | (uint8_t(s[i + 1]) & 0x3F)));
      i += 2;
    } else {
      return badarg(p);  // not representable in latin1
    }
  }
  return make_binary(*p, reinterpret_cast<const uint8_t*>(latin.data()), latin.size());
}

Term erl_atom_to_binary_1(Process* p, Term* a) { return atom_to_binary(p, a[0], atoms::am_utf8); }
Term erl_atom_to_binary_2(Process* p, Term* a) { return atom_to_binary(p, a[0], a[1]); }

static Term binary_to_atom(Process* p, Term bin, Term enc, bool existing) {
  bool utf8;
  if (!is_binary_term(bin) || !encoding_ok(enc, &utf8)) return badarg(p);
  BitsView v = bits_view(bin);
  std::string s(v.bytes, '\0');
  for (size_t i = 0; i < v.bytes; i++) s[i] = char(v.byte(i));
  std::optional<Term> r;
  if (existing) {
    if (!utf8) {
      std::string u;
      for (unsigned char c : s) {
        if (c < 0x80) u.push_back(char(c));
        else {
          u.push_back(char(0xC0 | (c >> 6)));
          u.push_back(char(0x80 | (c & 0x3F)));
        }
      }
      s = u;
    }
    r = existing_atom_from_utf8(s);
    if (!r) return badarg(p);
    return *r;
  }
  r = utf8 ? atom_from_utf8(s) : atom_from_latin1(s);
  if (!r) {
    if (utf8 && utf8_length(s) && *utf8_length(s) > kMaxAtomChars) return raise_error(p, atoms::am_system_limit);
    if (!utf8 && s.size() > kMaxAtomChars) return raise_error(p, atoms::am_system_limit);
    return badarg(p);
  }
  return *r;
}

Term erl_binary_to_atom_1(Process* p, Term* a) { return binary_to_atom(p, a[0], atoms::am_utf8, false); }
Term erl_binary_to_atom_2(Process* p, Term* a) { return binary_to_atom(p, a[0], a[1], false); }
Term erl_binary_to_existing_atom_2(Process* p, Term* a) { return binary_to_atom(p, a[0], a[1], true); }

Term erl_integer_to_binary_1(Process* p, Term* a) {
  if (!is_integer(a[0])) return badarg(p);
  std::string s = integer_to_string(a[0], 10);
  return make_binary(*p, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

Term erl_integer_to_binary_2(Process* p, Term* a) {
  if (!is_integer(a[0]) || !is_small(a[1]) || small_value(a[1]) < 2 || small_value(a[1]) > 36) return badarg(p);
  std::string s = integer_to_string(a[0], int(small_value(a[1])));
  return make_binary(*p, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

static Term binary_to_integer(Process* p, Term bin, int base) {
  if (!is_binary_term(bin)) return badarg(p);
  BitsView v = bits_view(bin);
  std::string s(v.bytes, '\0');
  for (size_t i = 0; i < v.bytes; i++) s[i] = char(v.byte(i));
  auto r = integer_from_text(*p, s, base);
  return r ? *r : badarg(p);
}

Term erl_binary_to_integer_1(Process* p, Term* a) { return binary_to_integer(p, a[0], 10); }
Term erl_binary_to_integer_2(Process* p, Term* a) {
  if (!is_small(a[1]) || small_value(a[1]) < 2 || small_value(a[1]) > 36) return badarg(p);
  return binary_to_integer(p, a[0], int(small_value(a[1])));
}

Term erl_term_to_binary_1(Process* p, Term* a) {
  EncodeOptions o;
  auto bytes = term_to_binary(a[0], o);
  if (!bytes) return badarg(p);
  charge_reductions(p, bytes->size(), kBytesPerReduction);
  return make_binary(*p, bytes->data(), bytes->size());
}

// term_to_binary/2 and external_size/2 options; false for bad options.
bool parse_encode_options(Term opts, EncodeOptions* o, bool for_size) {
  Term l = opts;
  for (; is_list(l); l = cdr(l)) {
    Term x = car(l);
    if (x == atoms::am_compressed && !for_size) {
      o->compressed_level = 6;
    } else if (x == atoms::am_deterministic && !for_size) {
      o->deterministic = true;
    } else if (is_tuple(x) && tuple_arity(x) == 2 && is_small(tuple_element(x, 2))) {
      Term k = tuple_element(x, 1);
      int64_t v = small_value(tuple_element(x, 2));
      if (k == atoms::am_compressed && !for_size && v >= 0 && v <= 9) {
        o->compressed_level = v == 0 ? -1 : int(v);
      } else if (k == atoms::am_minor_version && v >= 0 && v <= (for_size ? 1 : 2)) {
        o->minor_version = int(v);
      } else {
        return false;
      }
    } else {
      return false;
    }
  }
  return is_nil(l);
}

Term erl_term_to_binary_2(Process* p, Term* a) {
  EncodeOptions o;
  if (!parse_encode_options(a[1], &o, false)) return badarg(p);
  auto bytes = term_to_binary(a[0], o);
  if (!bytes) return badarg(p);
  charge_reductions(p, bytes->size(), kBytesPerReduction);
  return make_binary(*p, bytes->data(), bytes->size());
}

Term erl_external_size_1(Process* p, Term* a) {
  EncodeOptions o;
  auto n = external_size(a[0], o);
  if (!n) return badarg(p);
  return make_small(int64_t(*n));
}

Term erl_external_size_2(Process* p, Term* a) {
  EncodeOptions o;
  if (!parse_encode_options(a[1], &o, true)) return badarg(p);
  auto n = external_size(a[0], o);
  if (!n) return badarg(p);
  return make_small(int64_t(*n));
}

Term erl_binary_to_term_2(Process* p, Term* a) {
  if (!is_binary_term(a[0])) return badarg(p);
  bool used = false, safe = false;
  Term l = a[1];
  for (; is_list(l); l = cdr(l)) {
    if (car(l) == atoms::am_used) used = true;
    else if (car(l) == atoms::am_safe) safe = true;
    else break;
  }
  if (!is_nil(l)) {
    badarg(p);
    p->raise.cause = atoms::am_badopt;
    return kNonValue;
  }
  BitsView v = bits_view(a[0]);
  std::vector<uint8_t> bytes(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) bytes[i] = v.byte(i);
  ExtError err;
  size_t consumed = 0;
  DecodeOptions d;
  d.existing_atoms_only = safe;
  auto t = binary_to_term(*p, bytes.data(), bytes.size(), &err, &consumed, d);
  if (!t) return badarg(p);
  charge_reductions(p, consumed, kBytesPerReduction);
  if (used) return make_tuple2(p, *t, make_small(int64_t(consumed)));
  return *t;
}

Term erl_binary_to_term_1(Process* p, Term* a) {
  if (!is_binary_term(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  std::vector<uint8_t> bytes(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) bytes[i] = v.byte(i);
  ExtError err;
  size_t consumed = 0;  // erl ignores bytes after the term
  auto t = binary_to_term(*p, bytes.data(), bytes.size(), &err, &consumed);
  if (!t) return badarg(p);
  charge_reductions(p, consumed, kBytesPerReduction);
  return *t;
}

}  // namespace openbeam::bifs
