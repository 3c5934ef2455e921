// The unicode module's BIFs: characters_to_binary/2, characters_to_list/2,
// bin_is_7bit/1.
//
// Semantics are ERTS 13's (erts/emulator/beam/erl_unicode.c), checked
// against erl by tests/conformance/bif_unicode_*.erl:
//
//   * Only latin1, unicode and utf8 input are native. Any other encoding
//     (utf16, {utf32,little}, even a bad one) continues in Erlang code,
//     unicode:characters_to_binary_int/2 / characters_to_list_int/2, as
//     ERTS traps there.
//   * The whole input is first walked in order to size the result: an
//     element that is not a small integer, a binary, a list or a bignum
//     (or an improper tail that is not a binary) is badarg. A bignum ends
//     that walk, so it and anything after it give {error, ...} instead.
//   * Conversion then stops at the first invalid character: the result is
//     {error, Converted, Rest} where Rest is the rest of the input, rebuilt
//     as [[Rest | InnerTail] | OuterTail] for nested lists and as a sub
//     binary from the bad byte for binaries. UTF-8 split across binaries is
//     joined; a sequence cut short at the end gives {incomplete, ...} when
//     what is there is a valid start (else {error, ...}).
//   * ERTS converts large inputs in slices between reductions; the rest
//     terms it builds then depend on where it yielded. OpenBEAM converts in
//     one go (the shapes erl gives for inputs converted in one slice).
#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/export_table.hpp"
#include "vm/interp.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

// Length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
inline unsigned lead_length(uint8_t c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 0;
}

inline bool is_cont(uint8_t c) { return (c & 0xC0) == 0x80; }

// A complete sequence of `len` (2..4) bytes at s is valid UTF-8: no
// overlong forms, no surrogates, nothing above 16#10FFFF.
bool valid_sequence(const uint8_t* s, unsigned len) {
  switch (len) {
    case 2:
      return is_cont(s[1]) && s[0] >= 0xC2;
    case 3:
      if (!is_cont(s[1]) || !is_cont(s[2])) return false;
      if (s[0] == 0xE0 && s[1] < 0xA0) return false;
      if ((s[0] & 0x0F) == 0x0D && (s[1] & 0x20)) return false;  // surrogates
      return true;
    case 4:
      if (!is_cont(s[1]) || !is_cont(s[2]) || !is_cont(s[3])) return false;
      if (s[0] == 0xF0 && s[1] < 0x90) return false;
      if ((s[0] & 7) > 4 || ((s[0] & 7) == 4 && (s[1] & 0x3F) > 0x0F)) return false;
      return true;
    default:
      return false;
  }
}

enum class Utf8State { kOk, kError, kIncomplete };

// Scans UTF-8 text: *end is where valid text stops. kIncomplete means the
// text ends inside a sequence whose lead byte announced more bytes (the
// bytes there are not checked; see cut_sequence_is_error).
Utf8State scan_utf8(const uint8_t* s, size_t n, size_t* end) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    unsigned len = lead_length(c);
    if (len == 0) {
      *end = i;
      return Utf8State::kError;
    }
    if (n - i < len) {
      *end = i;
      return Utf8State::kIncomplete;
    }
    if (!valid_sequence(s + i, len)) {
      *end = i;
      return Utf8State::kError;
    }
    i += len;
  }
  *end = n;
  return Utf8State::kOk;
}

// A sequence cut short at the end of the input (n bytes, fewer than its lead
// byte announces) is an error rather than incomplete when its continuation
// bytes already show it cannot be valid (ERTS's check_leftovers).
bool cut_sequence_is_error(const uint8_t* s, size_t n) {
  unsigned len = lead_length(s[0]);
  if (len == 2) return false;
  if (len == 3) return !(n < 2 || (n < 3 && is_cont(s[1])));
  if (len == 4) {
    return !(n < 2 || (n < 3 && is_cont(s[1])) || (n < 4 && is_cont(s[1]) && is_cont(s[2])));
  }
  return true;
}

// Appends the code points of valid UTF-8 text to a list under construction.
Term utf8_to_list(Process* p, const uint8_t* s, size_t n, Term tail) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += !is_cont(s[i]);
  Word* hp = p->alloc(2 * count);
  Term l = tail;
  size_t i = n;
  while (i > 0) {
    size_t start = i - 1;
    while (start > 0 && is_cont(s[start])) start--;
    uint32_t cp;
    uint8_t c = s[start];
    unsigned len = unsigned(i - start);
    if (len == 1) cp = c;
    else if (len == 2) cp = uint32_t(c & 0x1F) << 6 | (s[start + 1] & 0x3F);
    else if (len == 3) cp = uint32_t(c & 0x0F) << 12 | uint32_t(s[start + 1] & 0x3F) << 6 | (s[start + 2] & 0x3F);
    else cp = uint32_t(c & 0x07) << 18 | uint32_t(s[start + 1] & 0x3F) << 12 | uint32_t(s[start + 2] & 0x3F) << 6 | (s[start + 3] & 0x3F);
    hp[0] = make_small(cp).raw();
    hp[1] = l.raw();
    l = make_list(hp);
    hp += 2;
    i = start;
  }
  return l;
}

bool is_bignum_term(Term t) { return is_bignum(t); }

// The sizing walk (ERTS's utf8_need): false where erl raises badarg.
bool input_ok(Term t) {
  if (is_nil(t)) return true;
  if (is_bitstring(t)) return bits_view(t).extra_bits == 0;
  if (!is_list(t)) return false;
  std::vector<Term> stack{t};
  while (!stack.empty()) {
    Term l = stack.back();
    stack.pop_back();
    while (is_list(l)) {
      Term x = car(l);
      if (is_list(x)) {
        stack.push_back(cdr(l));
        l = x;
        continue;
      }
      if (is_bignum_term(x)) return true;  // conversion reports it
      if (is_bitstring(x)) {
        if (bits_view(x).extra_bits) return false;
      } else if (!is_small(x) && !is_nil(x)) {
        return false;
      }
      l = cdr(l);
    }
    if (!is_nil(l) && !(is_bitstring(l) && bits_view(l).extra_bits == 0)) return false;
  }
  return true;
}

// Converts chardata to UTF-8 (ERTS's do_build_utf8 with no slice limit).
class Utf8Builder {
 public:
  Utf8Builder(Process* p, bool latin1) : p_(p), latin1_(latin1) {}

  // Converts `t`; returns the unconverted rest ([] when all went well).
  Term run(Term t) {
    if (is_nil(t)) return t;
    if (is_bitstring(t)) return put_binary(t);
    return put_list(t);
  }

  bool failed() const { return err_; }
  const std::string& out() const { return out_; }
  size_t leftover_size() const { return nleft_; }
  const uint8_t* leftover() const { return left_; }

 private:
  // Appends one integer element; false if it is not a valid character here.
  bool put_char(Term x) {
    if (nleft_ || !is_small(x)) return false;
    int64_t v = small_value(x);
    if (v < 0 || (latin1_ && v > 255) || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
    utf8_append(uint32_t(v));
    return true;
  }

  void utf8_append(uint32_t cp) {
    if (cp < 0x80) {
      out_.push_back(char(cp));
    } else if (cp < 0x800) {
      out_.push_back(char(0xC0 | (cp >> 6)));
      out_.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out_.push_back(char(0xE0 | (cp >> 12)));
      out_.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      out_.push_back(char(0x80 | (cp & 0x3F)));
    } else {
      out_.push_back(char(0xF0 | (cp >> 18)));
      out_.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
      out_.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      out_.push_back(char(0x80 | (cp & 0x3F)));
    }
  }

  // Converts a binary; returns [] or, on error, the rest of it from the
  // bad byte (a sub binary).
  Term put_binary(Term bin) {
    BitsView v = bits_view(bin);
    if (v.extra_bits) {
      err_ = true;
      return bin;
    }
    std::vector<uint8_t> scratch;
    const uint8_t* s = view_bytes(v, scratch);
    size_t n = v.bytes;
    if (latin1_) {
      size_t at = out_.size(), extra = 0;
      for (size_t i = 0; i < n; i++) extra += s[i] >> 7;
      out_.resize(at + n + extra);
      char* d = out_.data() + at;
      for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (c < 0x80) {
          *d++ = char(c);
        } else {
          *d++ = char(0xC0 | (c >> 6));
          *d++ = char(0x80 | (c & 0x3F));
        }
      }
      return make_nil();
    }
    size_t i = 0;
    if (nleft_) {
      // Complete the sequence an earlier binary ended inside.
      unsigned need = lead_length(left_[0]);
      size_t from = need - nleft_;
      if (n < from) {
        std::memcpy(left_ + nleft_, s, n);
        nleft_ += unsigned(n);
        return make_nil();
      }
      uint8_t seq[4];
      std::memcpy(seq, left_, nleft_);
      std::memcpy(seq + nleft_, s, from);
      if (!valid_sequence(seq, need)) {
        err_ = true;
        return make_sub_binary(*p_, bin, 0, n * 8);
      }
      out_.append(reinterpret_cast<const char*>(seq), need);
      nleft_ = 0;
      i = from;
    }
    size_t end;
    Utf8State st = scan_utf8(s + i, n - i, &end);
    end += i;
    out_.append(reinterpret_cast<const char*>(s + i), end - i);
    if (st == Utf8State::kIncomplete) {
      nleft_ = unsigned(n - end);
      std::memcpy(left_, s + end, nleft_);
      return make_nil();
    }
    if (st == Utf8State::kError) {
      err_ = true;
      return make_sub_binary(*p_, bin, end * 8, (n - end) * 8);
    }
    return make_nil();
  }

  Term put_list(Term t) {
    std::vector<Term> stack{t};
    Term cur = t;
    while (!stack.empty()) {
      cur = stack.back();
      stack.pop_back();
      if (is_nil(cur)) continue;
      while (is_list(cur)) {
        Term x = car(cur);
        if (is_list(x)) {
          stack.push_back(cdr(cur));
          cur = x;
          continue;
        }
        if (is_nil(x)) {
          cur = cdr(cur);
        } else if (is_bitstring(x)) {
          Term rest = put_binary(x);
          if (err_) {
            cur = make_list_from_cons(p_, rest, cdr(cur));
            return wrap(cur, stack);
          }
          cur = cdr(cur);
        } else if (!put_char(x)) {
          err_ = true;
          return wrap(cur, stack);
        } else {
          cur = cdr(cur);
        }
      }
      if (!is_nil(cur)) {
        if (is_bitstring(cur)) {
          cur = put_binary(cur);
          if (err_) return wrap(cur, stack);
        } else {
          err_ = true;
          return wrap(cur, stack);
        }
      }
    }
    return cur;
  }

  // The rest after an error: [[Rest | Inner] | Outer] ...
  Term wrap(Term rest, std::vector<Term>& stack) {
    while (!stack.empty()) {
      rest = make_list_from_cons(p_, rest, stack.back());
      stack.pop_back();
    }
    return rest;
  }

  Process* p_;
  bool latin1_;
  bool err_ = false;
  std::string out_;
  uint8_t left_[4];
  unsigned nleft_ = 0;
};

// latin1 -> true, unicode/utf8 -> false; other encodings -> nullopt.
std::optional<bool> native_encoding(Term enc) {
  if (enc == atoms::am_latin1) return true;
  if (enc == atoms::am_unicode || enc == atoms::am_utf8) return false;
  return std::nullopt;
}

// {Tag, Converted, Rest} after a conversion that stopped, or kNonValue if
// it converted everything.
template <class MakeConverted>
Term finish(Process* p, const Utf8Builder& b, Term rest, MakeConverted converted) {
  if (b.failed()) {
    if (b.leftover_size()) {
      Term lb = make_binary(*p, b.leftover(), b.leftover_size());
      rest = make_list_from_cons(p, lb, make_list_from_cons(p, rest, make_nil()));
    }
    return make_tuple3(p, atoms::am_error, converted(), rest);
  }
  if (b.leftover_size()) {
    Term lb = make_binary(*p, b.leftover(), b.leftover_size());
    Term tag = cut_sequence_is_error(b.leftover(), b.leftover_size()) ? atoms::am_error : atoms::am_incomplete;
    return make_tuple3(p, tag, converted(), lb);
  }
  return kNonValue;
}

Term make_binary_of(Process* p, const std::string& s) {
  return make_binary(*p, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

// characters_to_list of a long valid UTF-8 binary builds its list from the
// end in slices of kListSliceBytes and continues through the trap
// erlang:characters_to_list_trap/3 (Binary, Pos, Acc): the characters of
// bytes [0, Pos) are still to be put in front of Acc. Pos is always at a
// character boundary.
constexpr size_t kListSliceBytes = 32 * 1024;

Term characters_to_list_trap_3(Process* p, Term* a);

const ExportEntry* list_trap_export() {
  static const ExportEntry* e = [] {
    ExportEntry* x = export_entry(atoms::am_erlang, atom("characters_to_list_trap"), 3);
    set_export_bif(x, characters_to_list_trap_3);
    return x;
  }();
  return e;
}

Term list_slice(Process* p, Term bin, size_t pos, Term acc) {
  const uint8_t* s = bits_view(bin).base;
  size_t start = pos > kListSliceBytes ? pos - kListSliceBytes : 0;
  while (start > 0 && is_cont(s[start])) start--;
  charge_reductions(p, pos - start, kBytesPerReduction);
  acc = utf8_to_list(p, s + start, pos - start, acc);
  if (start == 0) return acc;
  Term args[3] = {bin, make_small(int64_t(start)), acc};
  return bif_trap(p, list_trap_export(), args, 3);
}

Term characters_to_list_trap_3(Process* p, Term* a) {
  return list_slice(p, a[0], size_t(small_value(a[1])), a[2]);
}

}  // namespace

Term unicode_characters_to_binary_2(Process* p, Term* a) {
  auto latin1 = native_encoding(a[1]);
  if (!latin1) {
    static const ExportEntry* e = export_entry(atoms::am_unicode, atoms::am_characters_to_binary_int, 2);
    return bif_trap(p, e, a, 2);
  }
  Term subject = a[0];
  if (is_list(subject) && is_bitstring(car(subject)) && is_nil(cdr(subject))) subject = car(subject);
  if (!input_ok(subject)) return badarg(p);
  if (is_bitstring(subject)) {
    // Already what was asked for: the binary itself.
    BitsView v = bits_view(subject);
    std::vector<uint8_t> scratch;
    const uint8_t* s = view_bytes(v, scratch);
    size_t end;
    bool same = *latin1 ? std::all_of(s, s + v.bytes, [](uint8_t c) { return c < 0x80; })
                        : scan_utf8(s, v.bytes, &end) == Utf8State::kOk;
    charge_reductions(p, v.bytes, kBytesPerReduction);
    if (same) return subject;
  }
  Utf8Builder b(p, *latin1);
  Term rest = b.run(subject);
  charge_reductions(p, b.out().size(), kBytesPerReduction);
  Term r = finish(p, b, rest, [&] { return make_binary_of(p, b.out()); });
  return r != kNonValue ? r : make_binary_of(p, b.out());
}

Term unicode_characters_to_list_2(Process* p, Term* a) {
  auto latin1 = native_encoding(a[1]);
  if (!latin1) {
    static const ExportEntry* e = export_entry(atoms::am_unicode, atoms::am_characters_to_list_int, 2);
    return bif_trap(p, e, a, 2);
  }
  if (!*latin1 && is_bitstring(a[0])) {
    // A plain UTF-8 binary is decoded in place.
    BitsView v = bits_view(a[0]);
    if (v.extra_bits) return badarg(p);
    std::vector<uint8_t> scratch;
    const uint8_t* s = view_bytes(v, scratch);
    size_t end;
    Utf8State st = scan_utf8(s, v.bytes, &end);
    if (st == Utf8State::kOk && v.bit_offset == 0 && v.bytes > kListSliceBytes) {
      charge_reductions(p, v.bytes, 8 * kBytesPerReduction);  // the validation
      return list_slice(p, a[0], v.bytes, make_nil());
    }
    charge_reductions(p, v.bytes, kBytesPerReduction);
    Term converted = utf8_to_list(p, s, end, make_nil());
    if (st == Utf8State::kOk) return converted;
    Term rest = make_sub_binary(*p, a[0], end * 8, (v.bytes - end) * 8);
    bool incomplete = st == Utf8State::kIncomplete && !cut_sequence_is_error(s + end, v.bytes - end);
    return make_tuple3(p, incomplete ? atoms::am_incomplete : atoms::am_error, converted, rest);
  }
  if (!input_ok(a[0])) return badarg(p);
  Utf8Builder b(p, *latin1);
  Term rest = b.run(a[0]);
  charge_reductions(p, b.out().size(), kBytesPerReduction);
  auto list = [&] {
    const std::string& s = b.out();
    return utf8_to_list(p, reinterpret_cast<const uint8_t*>(s.data()), s.size(), make_nil());
  };
  Term r = finish(p, b, rest, list);
  return r != kNonValue ? r : list();
}

Term unicode_bin_is_7bit_1(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return atoms::am_false;
  BitsView v = bits_view(a[0]);
  if (v.extra_bits) return atoms::am_false;
  for (size_t i = 0; i < v.bytes; i++) {
    if (v.byte(i) & 0x80) return atoms::am_false;
  }
  return atoms::am_true;
}

// io:printable_range/0: what ~tp prints as text. erl's default (no
// +pc unicode on the command line) is latin1.
Term io_printable_range_0(Process* p, Term* a) { return atoms::am_latin1; }

}  // namespace openbeam::bifs
