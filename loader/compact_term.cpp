#include "loader/compact_term.hpp"

#include <cstring>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"

namespace openbeam::loader {

namespace {
enum : unsigned { kTagU = 0, kTagI = 1, kTagA = 2, kTagX = 3, kTagY = 4, kTagF = 5, kTagH = 6, kTagZ = 7 };
}

// Reads the value part of a non-extended operand whose first byte is `first`.
bool CompactDecoder::value(uint8_t first, unsigned tag, Operand& out, std::string& err) {
  out.kind = OpKind::U;
  if ((first & 0x08) == 0) {
    out.value = first >> 4;
    return true;
  }
  if ((first & 0x10) == 0) {
    uint8_t next;
    if (!r_.u8(next)) return err = "truncated operand", false;
    out.value = (uint64_t(first & 0xE0) << 3) | next;
    return true;
  }
  size_t len;
  if ((first >> 5) < 7) {
    len = (first >> 5) + 2;
  } else {
    uint64_t extra;
    if (!expect_u(extra, err)) return false;
    if (extra > r_.left()) return err = "operand length exceeds the chunk", false;
    len = size_t(extra) + 9;
  }
  const uint8_t* bytes;
  if (!r_.bytes(len, bytes)) return err = "truncated operand", false;
  bool negative = tag == kTagI && (bytes[0] & 0x80);
  // Drop redundant leading bytes: zeros for unsigned values; for tag i,
  // sign bytes whose following byte carries the same sign.
  size_t skip = 0;
  uint8_t fill = negative ? 0xFF : 0x00;
  while (len - skip > 1 && bytes[skip] == fill &&
         (tag != kTagI || ((bytes[skip + 1] & 0x80) != 0) == negative)) {
    skip++;
  }
  if (len - skip <= 8) {
    uint64_t v = negative ? ~uint64_t(0) : 0;
    for (size_t i = skip; i < len; i++) v = (v << 8) | bytes[i];
    out.value = v;
    return true;
  }
  if (tag != kTagI) return err = "operand value does not fit 64 bits", false;
  // A bignum: build its little-endian magnitude.
  std::vector<uint8_t> mag(len);
  for (size_t i = 0; i < len; i++) mag[i] = bytes[len - 1 - i];
  if (negative) {
    unsigned carry = 1;
    for (auto& b : mag) {
      unsigned v = unsigned(uint8_t(~b)) + carry;
      b = uint8_t(v);
      carry = v >> 8;
    }
  }
  vm::Word* hp = bf_.arena->alloc(vm::bignum_words((len + 7) / 8));
  size_t used;
  Term big = vm::integer_from_le_bytes(hp, mag.data(), mag.size(), negative, &used);
  out.kind = OpKind::BigInt;
  out.value = bf_.big_ints.size();
  bf_.big_ints.push_back(big);
  return true;
}

bool CompactDecoder::expect_u(uint64_t& v, std::string& err) {
  uint8_t first;
  if (!r_.u8(first)) return err = "truncated operand", false;
  if ((first & 7) != kTagU) return err = "expected an unsigned (u) operand", false;
  Operand o;
  if (!value(first, kTagU, o, err)) return false;
  v = o.value;
  return true;
}

bool CompactDecoder::tagged_u64(unsigned& tag, uint64_t& v, std::string& err) {
  uint8_t first;
  if (!r_.u8(first)) return err = "truncated operand", false;
  tag = first & 7;
  if (tag == kTagZ) return err = "unexpected extended operand", false;
  Operand o;
  if (!value(first, tag, o, err)) return false;
  if (o.kind == OpKind::BigInt) return err = "integer too large", false;
  v = o.value;
  return true;
}

bool CompactDecoder::operand(Operand& out, std::string& err) {
  uint8_t first;
  if (!r_.u8(first)) return err = "truncated instruction", false;
  unsigned tag = first & 7;
  out.reg_kind = OpKind::U;
  out.type_index = 0;
  if (tag != kTagZ) {
    if (!value(first, tag, out, err)) return false;
    if (out.kind == OpKind::BigInt) return true;
    uint64_t v = out.value;
    switch (tag) {
      case kTagU: out.kind = OpKind::U; break;
      case kTagI: out.kind = OpKind::I; break;
      case kTagA:
        if (v == 0) {
          out.kind = OpKind::Nil;
        } else {
          if (v >= bf_.atoms.size()) return err = "atom index " + std::to_string(v) + " out of range", false;
          out.kind = OpKind::Atom;
          out.value = bf_.atoms[v].raw();
        }
        break;
      case kTagX: out.kind = OpKind::X; break;
      case kTagY: out.kind = OpKind::Y; break;
      case kTagF: out.kind = OpKind::Label; break;
      case kTagH: out.kind = OpKind::Char; break;
    }
    if ((out.kind == OpKind::X || out.kind == OpKind::Y) && v > 1023) {
      return err = "register number " + std::to_string(v) + " out of range", false;
    }
    if (out.kind == OpKind::Label && v >= bf_.code_header.label_count) {
      return err = "label " + std::to_string(v) + " out of range", false;
    }
    return true;
  }
  if (first & 0x08) return err = "malformed extended operand", false;
  switch (first >> 4) {
    case 0: {  // float
      uint64_t bits;
      if (!r_.u64(bits)) return err = "truncated float operand", false;
      out.kind = OpKind::Float;
      out.value = bits;
      return true;
    }
    case 1: {  // list
      uint64_t n;
      if (!expect_u(n, err)) return false;
      if (n > r_.left()) return err = "list operand longer than the chunk", false;
      out.kind = OpKind::List;
      out.value = n;
      return true;
    }
    case 2: {  // float register
      uint64_t n;
      if (!expect_u(n, err)) return false;
      if (n > 1023) return err = "float register out of range", false;
      out.kind = OpKind::FR;
      out.value = n;
      return true;
    }
    case 3: {  // allocation list
      uint64_t n;
      if (!expect_u(n, err)) return false;
      if (n > r_.left()) return err = "allocation list longer than the chunk", false;
      std::vector<AllocItem> items;
      for (uint64_t i = 0; i < n; i++) {
        uint64_t kind, count;
        if (!expect_u(kind, err) || !expect_u(count, err)) return false;
        if (kind > 2) return err = "bad allocation list kind", false;
        items.push_back(AllocItem{uint32_t(kind), count});
      }
      out.kind = OpKind::Alloc;
      out.value = bf_.alloc_lists.size();
      bf_.alloc_lists.push_back(std::move(items));
      return true;
    }
    case 4: {  // literal
      uint64_t n;
      if (!expect_u(n, err)) return false;
      if (n >= bf_.literals.size()) return err = "literal index " + std::to_string(n) + " out of range", false;
      out.kind = OpKind::Literal;
      out.value = n;
      return true;
    }
    case 5: {  // typed register: a plain x or y operand (no nesting)
      uint8_t rb;
      if (!r_.u8(rb)) return err = "truncated typed register", false;
      unsigned rtag = rb & 7;
      if (rtag != kTagX && rtag != kTagY) return err = "typed register is not an x or y register", false;
      Operand reg;
      if (!value(rb, rtag, reg, err)) return false;
      if (reg.value > 1023) return err = "register number out of range", false;
      reg.kind = rtag == kTagX ? OpKind::X : OpKind::Y;
      uint64_t t;
      if (!expect_u(t, err)) return false;
      if (t >= bf_.types.size()) return err = "type index " + std::to_string(t) + " out of range", false;
      out.kind = OpKind::TypedReg;
      out.reg_kind = reg.kind;
      out.value = reg.value;
      out.type_index = uint32_t(t);
      return true;
    }
    default:
      return err = "unknown extended operand kind " + std::to_string(first >> 4), false;
  }
}

}  // namespace openbeam::loader
