// Decoder for the external term format; see ext_term.hpp for the design.
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/export_table.hpp"
#include "vm/fun_table.hpp"
#include "vm/ext_term.hpp"
#include "vm/map_hash.hpp"
#include "vm/resource.hpp"
#include "vm/term_compare.hpp"
#include "vm/utf8.hpp"

namespace openbeam::vm {
namespace {

// Bignums above 2^(8*16M) bits are refused (ERTS's limit is of that order).
constexpr size_t kMaxBigBytes = size_t(1) << 24;

uint16_t be16(const uint8_t* p) { return uint16_t(p[0] << 8 | p[1]); }
uint32_t be32(const uint8_t* p) {
  return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

// FLOAT_EXT text as ERTS accepts it: [+-]digits(.|,)digits[e[+-]digits],
// then only NUL bytes up to the 31st.
bool parse_float_ext(const uint8_t* t, double* out) {
  char buf[32];
  size_t i = 0, n = 0;
  auto digits = [&]() {
    size_t start = i;
    while (i < 31 && t[i] >= '0' && t[i] <= '9') buf[n++] = char(t[i++]);
    return i > start;
  };
  if (i < 31 && (t[i] == '+' || t[i] == '-')) buf[n++] = char(t[i++]);
  if (!digits()) return false;
  if (i >= 31 || (t[i] != '.' && t[i] != ',')) return false;
  buf[n++] = '.';
  i++;
  if (!digits()) return false;
  if (i < 31 && (t[i] == 'e' || t[i] == 'E')) {
    buf[n++] = 'e';
    i++;
    if (i < 31 && (t[i] == '+' || t[i] == '-')) buf[n++] = char(t[i++]);
    if (!digits()) return false;
  }
  for (; i < 31; i++) {
    if (t[i] != 0) return false;
  }
  buf[n] = 0;
  double v = std::strtod(buf, nullptr);
  if (!std::isfinite(v)) return false;
  *out = v;
  return true;
}

// EXPORT_EXT arity: an integer term 0..255 in any integer encoding.
bool export_arity(const uint8_t* d, size_t len, size_t& pos, uint32_t* arity) {
  if (pos >= len) return false;
  uint8_t tag = d[pos];
  uint64_t v;
  if (tag == ext::kSmallInteger) {
    if (len - pos < 2) return false;
    v = d[pos + 1];
    pos += 2;
  } else if (tag == ext::kInteger) {
    if (len - pos < 5) return false;
    int32_t s = int32_t(be32(d + pos + 1));
    if (s < 0) return false;
    v = uint64_t(s);
    pos += 5;
  } else if (tag == ext::kSmallBig) {
    if (len - pos < 3) return false;
    size_t n = d[pos + 1];
    if (len - pos < 3 + n || d[pos + 2] != 0) return false;
    v = 0;
    for (size_t k = n; k > 0; k--) {
      if (v > 255) return false;
      v = (v << 8) | d[pos + 3 + k - 1];
    }
    pos += 3 + n;
  } else {
    return false;
  }
  if (v > 255) return false;
  *arity = uint32_t(v);
  return true;
}

// NEW_FUN_EXT's OldIndex and OldUniq: an integer term that is a small
// integer, in any integer encoding (ERTS decodes a term, then wants a
// small). `len` bounds the input (SIZE_MAX: already validated).
bool fun_small_field(const uint8_t* d, size_t len, size_t& pos, int64_t* out) {
  if (pos >= len) return false;
  uint8_t tag = d[pos];
  if (tag == ext::kSmallInteger) {
    if (len - pos < 2) return false;
    *out = d[pos + 1];
    pos += 2;
    return true;
  }
  if (tag == ext::kInteger) {
    if (len - pos < 5) return false;
    *out = int32_t(be32(d + pos + 1));
    pos += 5;
    return true;
  }
  if (tag != ext::kSmallBig || len - pos < 3) return false;
  size_t n = d[pos + 1];
  uint8_t sign = d[pos + 2];
  if (len - pos < 3 + n || n > 8) return false;
  uint64_t v = 0;
  for (size_t k = n; k > 0; k--) v = (v << 8) | d[pos + 3 + k - 1];
  if (v > (uint64_t(1) << 59)) return false;  // beyond a small integer
  *out = sign ? -int64_t(v) : int64_t(v);
  pos += 3 + n;
  return true;
}

bool is_atom_tag(uint8_t tag) {
  return tag == ext::kAtom || tag == ext::kSmallAtom || tag == ext::kAtomUtf8 ||
         tag == ext::kSmallAtomUtf8;
}

// ---- pass 1: validate and measure ---------------------------------------
class Measurer {
 public:
  Measurer(const uint8_t* d, size_t len, ExtError* err, bool existing_only = false)
      : d_(d), len_(len), err_(err), existing_only_(existing_only) {}

  // Validates one term starting at `pos`; returns false with *err set.
  bool run(size_t& pos, size_t& words) {
    pos_ = pos;
    words_ = 0;
    size_t terms = 1;
    while (terms > 0) {
      terms--;
      size_t add = 0;
      if (!one(add)) return false;
      // Each pending term needs at least one more byte of input.
      if (add > len_ - pos_ || terms + add > len_) return fail("more elements than input bytes");
      terms += add;
    }
    pos = pos_;
    words = words_;
    return true;
  }

 private:
  bool fail(const char* msg) {
    if (err_) *err_ = ExtError{pos_, msg};
    return false;
  }
  bool need(size_t n) {
    if (len_ - pos_ < n) return fail("truncated term");
    return true;
  }

  bool atom(uint8_t tag) {
    size_t n;
    if (tag == ext::kAtom || tag == ext::kAtomUtf8) {
      if (!need(2)) return false;
      n = be16(d_ + pos_);
      pos_ += 2;
    } else {
      if (!need(1)) return false;
      n = d_[pos_++];
    }
    if (!need(n)) return false;
    std::string_view text(reinterpret_cast<const char*>(d_ + pos_), n);
    if (tag == ext::kAtom || tag == ext::kSmallAtom) {
      if (n > kMaxAtomChars) return fail("atom longer than 255 characters");
      if (existing_only_) {
        std::string u;
        for (unsigned char c : text) utf8_append(u, c);
        if (!existing_atom_from_utf8(u)) return fail("unknown atom (safe decoding)");
      }
    } else {
      auto chars = utf8_length(text);
      if (!chars) return fail("atom is not valid UTF-8");
      if (*chars > kMaxAtomChars) return fail("atom longer than 255 characters");
      if (existing_only_ && !existing_atom_from_utf8(text)) return fail("unknown atom (safe decoding)");
    }
    pos_ += n;
    return true;
  }

  // Whether the atom encoded at `at` is nonode@nohost.
  bool local_node_atom(size_t at) const {
    std::string_view want = "nonode@nohost";
    uint8_t t = d_[at];
    bool wide = t == ext::kAtom || t == ext::kAtomUtf8;
    size_t n = wide ? be16(d_ + at + 1) : d_[at + 1];
    const char* text = reinterpret_cast<const char*>(d_ + at + (wide ? 3 : 2));
    return std::string_view(text, n) == want;
  }

  // Validates one term's own bytes; `add` receives its number of children.
  bool one(size_t& add) {
    if (!need(1)) return false;
    uint8_t tag = d_[pos_++];
    switch (tag) {
      case ext::kSmallInteger:
        if (!need(1)) return false;
        pos_ += 1;
        return true;
      case ext::kInteger:
        if (!need(4)) return false;
        pos_ += 4;
        return true;
      case ext::kSmallBig:
      case ext::kLargeBig: {
        size_t n;
        if (tag == ext::kSmallBig) {
          if (!need(1)) return false;
          n = d_[pos_++];
        } else {
          if (!need(4)) return false;
          n = be32(d_ + pos_);
          pos_ += 4;
        }
        if (n > kMaxBigBytes) return fail("integer too large");
        if (!need(1 + n)) return false;
        pos_ += 1 + n;
        words_ += bignum_words((n + 7) / 8);
        return true;
      }
      case ext::kNewFloat: {
        if (!need(8)) return false;
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++) bits = bits << 8 | d_[pos_ + i];
        if (((bits >> 52) & 0x7FF) == 0x7FF) return fail("float is not finite");
        pos_ += 8;
        words_ += 2;
        return true;
      }
      case ext::kFloat: {
        if (!need(31)) return false;
        double v;
        if (!parse_float_ext(d_ + pos_, &v)) return fail("bad FLOAT_EXT text");
        pos_ += 31;
        words_ += 2;
        return true;
      }
      case ext::kAtom:
      case ext::kSmallAtom:
      case ext::kAtomUtf8:
      case ext::kSmallAtomUtf8:
        return atom(tag);
      case ext::kSmallTuple:
        if (!need(1)) return false;
        add = d_[pos_++];
        words_ += 1 + add;
        return true;
      case ext::kLargeTuple:
        if (!need(4)) return false;
        add = be32(d_ + pos_);
        pos_ += 4;
        if (add > len_) return fail("tuple larger than input");
        words_ += 1 + add;
        return true;
      case ext::kNil:
        return true;
      case ext::kString: {
        if (!need(2)) return false;
        size_t n = be16(d_ + pos_);
        pos_ += 2;
        if (!need(n)) return false;
        pos_ += n;
        words_ += 2 * n;
        return true;
      }
      case ext::kList: {
        if (!need(4)) return false;
        size_t n = be32(d_ + pos_);
        pos_ += 4;
        if (n > len_) return fail("list longer than input");
        add = n + 1;
        words_ += 2 * n;
        return true;
      }
      case ext::kBinary:
      case ext::kBitBinary: {
        size_t hdr = tag == ext::kBinary ? 4 : 5;
        if (!need(hdr)) return false;
        size_t n = be32(d_ + pos_);
        if (tag == ext::kBitBinary) {
          unsigned bits = d_[pos_ + 4];
          if ((bits == 0) != (n == 0) || bits > 8) return fail("bad bit count in BIT_BINARY_EXT");
        }
        pos_ += hdr;
        if (!need(n)) return false;
        pos_ += n;
        words_ += n <= kHeapBinaryMax ? heap_binary_words(n) : kRefcBinaryWords;
        if (tag == ext::kBitBinary) words_ += kSubBinaryWords;
        return true;
      }
      case ext::kMap: {
        if (!need(4)) return false;
        size_t n = be32(d_ + pos_);
        pos_ += 4;
        if (n >> 31) return fail("map too large");
        add = 2 * n;
        words_ += 1 + n + flatmap_words(n);
        return true;
      }
      case ext::kExport: {
        for (int i = 0; i < 2; i++) {
          if (!need(1)) return false;
          uint8_t t = d_[pos_++];
          if (!is_atom_tag(t)) return fail("EXPORT_EXT module/function is not an atom");
          if (!atom(t)) return false;
        }
        uint32_t arity;
        if (!export_arity(d_, len_, pos_, &arity)) return fail("EXPORT_EXT arity is not an integer 0..255");
        words_ += 2;
        return true;
      }
      case ext::kNewReference:
      case ext::kNewerReference: {
        if (!need(2)) return false;
        size_t n = be16(d_ + pos_);
        pos_ += 2;
        if (!need(1)) return false;
        size_t node_at = pos_;
        uint8_t t = d_[pos_++];
        if (!is_atom_tag(t)) return fail("reference node is not an atom");
        if (!atom(t)) return false;
        size_t cre_bytes = tag == ext::kNewerReference ? 4 : 1;
        if (!need(cre_bytes + 4 * n)) return false;
        uint32_t cre = cre_bytes == 4 ? be32(d_ + pos_) : d_[pos_];
        pos_ += cre_bytes;
        // Only references of this node (nonode@nohost, creation 0) with
        // ERTS's 1..3 numbers and an 18-bit first number exist here;
        // references of other nodes need distribution (issue 4).
        if (!local_node_atom(node_at) || cre != 0) return fail("references of other nodes are not supported yet");
        if (n < 1 || n > 3 || be32(d_ + pos_) > kRefN0Mask) return fail("bad local reference");
        // A resource reference saved by term_to_binary may come back whole.
        bool magic = n == 3 && (be32(d_ + pos_ + 4) & kRefMagicBit);
        pos_ += 4 * n;
        words_ += magic ? kMagicRefWords : kLocalRefWords;
        return true;
      }
      case ext::kNewPid:
      case ext::kPid: {
        if (!need(1)) return false;
        size_t node_at = pos_;
        uint8_t t = d_[pos_++];
        if (!is_atom_tag(t)) return fail("pid node is not an atom");
        if (!atom(t)) return false;
        size_t cre_bytes = tag == ext::kNewPid ? 4 : 1;
        if (!need(8 + cre_bytes)) return false;
        uint32_t num = be32(d_ + pos_), serial = be32(d_ + pos_ + 4);
        uint32_t cre = cre_bytes == 4 ? be32(d_ + pos_ + 8) : d_[pos_ + 8];
        pos_ += 8 + cre_bytes;
        // Pids of other nodes need distribution.
        if (!local_node_atom(node_at) || cre != 0) return fail("pids of other nodes are not supported yet");
        if (num > 0x7FFF || serial > 0x1FFF) return fail("bad local pid (number >= 2^15 or serial >= 2^13)");
        return true;
      }
      case ext::kNewPort:
      case ext::kPort:
      case ext::kV4Port:
      case ext::kReference:
        return fail("pids, ports and old references are not supported yet");
      case ext::kNewFun: {
        // Size(4) Arity(1) Uniq(16) Index(4) NumFree(4) Module OldIndex
        // OldUniq, then the creator pid and the free variables as terms.
        // Like ERTS, the Size field is not checked.
        if (!need(29)) return false;
        uint32_t num_free = be32(d_ + pos_ + 25);
        pos_ += 29;
        if (num_free > 255) return fail("NEW_FUN_EXT with more than 255 free variables");
        if (!need(1)) return false;
        uint8_t t = d_[pos_++];
        if (!is_atom_tag(t)) return fail("NEW_FUN_EXT module is not an atom");
        if (!atom(t)) return false;
        int64_t v;
        if (!fun_small_field(d_, len_, pos_, &v) || !fun_small_field(d_, len_, pos_, &v))
          return fail("NEW_FUN_EXT OldIndex/OldUniq is not a small integer");
        add = 1 + num_free;
        words_ += kClosureFixedWords + num_free;
        return true;
      }
      case ext::kFun:
        return fail("FUN_EXT is no longer supported");
      default:
        pos_--;
        return fail("unknown tag");
    }
  }

  const uint8_t* d_;
  size_t len_;
  ExtError* err_;
  bool existing_only_;
  size_t pos_ = 0;
  size_t words_ = 0;
};

// ---- pass 2: build ------------------------------------------------------
class Builder {
 public:
  Builder(const uint8_t* d, TermAllocator& arena, Word* hp) : d_(d), arena_(arena), hp_(hp) {}

  // Builds the (already validated) term at `pos`.
  bool run(size_t pos, Term* result, ExtError* err) {
    pos_ = pos;
    slots_.push_back(result);
    while (!slots_.empty()) {
      Term* slot = slots_.back();
      slots_.pop_back();
      one(slot);
    }
    // Sort flat map keys, innermost maps first (they were created last).
    for (auto it = maps_.rbegin(); it != maps_.rend(); ++it) {
      if (!finish_map(*it)) {
        if (err) *err = ExtError{pos, "map has duplicate keys"};
        return false;
      }
    }
    return true;
  }

 private:
  Word* alloc(size_t words) {
    Word* p = hp_;
    hp_ += words;
    return p;
  }

  Term atom(uint8_t tag) {
    size_t n;
    if (tag == ext::kAtom || tag == ext::kAtomUtf8) {
      n = be16(d_ + pos_);
      pos_ += 2;
    } else {
      n = d_[pos_++];
    }
    std::string_view text(reinterpret_cast<const char*>(d_ + pos_), n);
    pos_ += n;
    std::optional<Term> a = (tag == ext::kAtom || tag == ext::kSmallAtom) ? atom_from_latin1(text)
                                                                           : atom_from_utf8(text);
    return a ? *a : atoms::am_undefined;  // only when the atom table is full
  }

  Term binary(size_t n, const uint8_t* bytes) {
    if (n <= kHeapBinaryMax) {
      Word* p = alloc(heap_binary_words(n));
      p[0] = make_header(Subtag::kHeapBinary, heap_binary_words(n) - 1);
      p[1] = n;
      p[heap_binary_words(n) - 1] = 0;  // no uninitialised padding
      std::memcpy(p + 2, bytes, n);
      return make_boxed(p);
    }
    BinaryBlob* blob = BinaryBlob::create(n);
    std::memcpy(blob->data, bytes, n);
    Word* p = alloc(kRefcBinaryWords);
    p[0] = make_header(Subtag::kRefcBinary, kRefcBinaryWords - 1);
    p[1] = n;
    p[2] = reinterpret_cast<Word>(blob);
    p[3] = 0;
    arena_.own_blob(p);
    return make_boxed(p);
  }

  void one(Term* slot) {
    uint8_t tag = d_[pos_++];
    switch (tag) {
      case ext::kSmallInteger:
        *slot = make_small(d_[pos_++]);
        return;
      case ext::kInteger:
        *slot = make_small(int32_t(be32(d_ + pos_)));
        pos_ += 4;
        return;
      case ext::kSmallBig:
      case ext::kLargeBig: {
        size_t n;
        if (tag == ext::kSmallBig) {
          n = d_[pos_++];
        } else {
          n = be32(d_ + pos_);
          pos_ += 4;
        }
        bool neg = d_[pos_++] != 0;
        size_t used;
        *slot = integer_from_le_bytes(hp_, d_ + pos_, n, neg, &used);
        hp_ += used;
        pos_ += n;
        return;
      }
      case ext::kNewFloat: {
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++) bits = bits << 8 | d_[pos_ + i];
        pos_ += 8;
        Word* p = alloc(2);
        p[0] = make_header(Subtag::kFloat, 1);
        p[1] = bits;
        *slot = make_boxed(p);
        return;
      }
      case ext::kFloat: {
        double v = 0;
        parse_float_ext(d_ + pos_, &v);
        pos_ += 31;
        Word* p = alloc(2);
        p[0] = make_header(Subtag::kFloat, 1);
        std::memcpy(p + 1, &v, 8);
        *slot = make_boxed(p);
        return;
      }
      case ext::kAtom:
      case ext::kSmallAtom:
      case ext::kAtomUtf8:
      case ext::kSmallAtomUtf8:
        *slot = atom(tag);
        return;
      case ext::kSmallTuple:
      case ext::kLargeTuple: {
        size_t n;
        if (tag == ext::kSmallTuple) {
          n = d_[pos_++];
        } else {
          n = be32(d_ + pos_);
          pos_ += 4;
        }
        Word* p = alloc(1 + n);
        p[0] = make_header(Subtag::kTuple, n);
        for (size_t i = n; i >= 1; i--) slots_.push_back(reinterpret_cast<Term*>(p + i));
        *slot = make_boxed(p);
        return;
      }
      case ext::kNil:
        *slot = make_nil();
        return;
      case ext::kString: {
        size_t n = be16(d_ + pos_);
        pos_ += 2;
        if (n == 0) {
          *slot = make_nil();
          return;
        }
        Word* p = alloc(2 * n);
        for (size_t i = 0; i < n; i++) {
          p[2 * i] = make_small(d_[pos_ + i]).raw();
          p[2 * i + 1] = i + 1 < n ? make_list(p + 2 * (i + 1)).raw() : make_nil().raw();
        }
        pos_ += n;
        *slot = make_list(p);
        return;
      }
      case ext::kList: {
        size_t n = be32(d_ + pos_);
        pos_ += 4;
        if (n == 0) {
          slots_.push_back(slot);  // the tail is the whole term
          return;
        }
        Word* p = alloc(2 * n);
        for (size_t i = 0; i + 1 < n; i++) p[2 * i + 1] = make_list(p + 2 * (i + 1)).raw();
        slots_.push_back(reinterpret_cast<Term*>(p + 2 * n - 1));  // tail, decoded last
        for (size_t i = n; i >= 1; i--) slots_.push_back(reinterpret_cast<Term*>(p + 2 * (i - 1)));
        *slot = make_list(p);
        return;
      }
      case ext::kBinary: {
        size_t n = be32(d_ + pos_);
        pos_ += 4;
        *slot = binary(n, d_ + pos_);
        pos_ += n;
        return;
      }
      case ext::kBitBinary: {
        size_t n = be32(d_ + pos_);
        unsigned bits = d_[pos_ + 4];
        pos_ += 5;
        Term orig = binary(n, d_ + pos_);
        pos_ += n;
        if (bits == 8 || n == 0) {
          *slot = orig;
          return;
        }
        Word* p = alloc(kSubBinaryWords);
        p[0] = make_header(Subtag::kSubBinary, kSubBinaryWords - 1);
        p[1] = n - 1;  // whole bytes
        p[2] = 0;      // byte offset
        p[3] = bits;   // bit offset 0, `bits` extra bits
        p[4] = orig.raw();
        *slot = make_boxed(p);
        return;
      }
      case ext::kMap: {
        size_t n = be32(d_ + pos_);
        pos_ += 4;
        Word* keys = alloc(1 + n);
        keys[0] = make_header(Subtag::kTuple, n);
        Word* m = alloc(flatmap_words(n));
        m[0] = make_header(n > kMaxFlatMapKeys ? Subtag::kHashMap : Subtag::kMap, 1 + n);
        m[1] = make_boxed(keys).raw();
        // Pairs appear as K1 V1 K2 V2 ...; push in reverse.
        for (size_t i = n; i >= 1; i--) {
          slots_.push_back(reinterpret_cast<Term*>(m + 1 + i));
          slots_.push_back(reinterpret_cast<Term*>(keys + i));
        }
        maps_.push_back(m);
        *slot = make_boxed(m);
        return;
      }
      case ext::kExport: {
        Term mod = atom(d_[pos_++]);
        Term fun = atom(d_[pos_++]);
        uint32_t arity = 0;
        export_arity(d_, SIZE_MAX, pos_, &arity);
        Word* p = alloc(2);
        p[0] = make_header(Subtag::kExport, 1);
        p[1] = reinterpret_cast<Word>(export_entry(mod, fun, arity));
        *slot = make_boxed(p);
        return;
      }
      case ext::kNewPid:
      case ext::kPid: {
        atom(d_[pos_++]);
        uint32_t num = be32(d_ + pos_), serial = be32(d_ + pos_ + 4);
        pos_ += tag == ext::kNewPid ? 12 : 9;
        *slot = make_local_pid(num, serial);
        return;
      }
      case ext::kNewFun: {
        FunIdentity id;
        pos_ += 4;  // Size
        id.arity = d_[pos_];
        std::memcpy(id.uniq, d_ + pos_ + 1, sizeof id.uniq);
        id.index = be32(d_ + pos_ + 17);
        id.num_free = be32(d_ + pos_ + 21);
        pos_ += 25;
        id.module = atom(d_[pos_++]);
        int64_t v = 0;
        fun_small_field(d_, SIZE_MAX, pos_, &v);
        id.old_index = uint32_t(v);  // ERTS keeps C ints
        fun_small_field(d_, SIZE_MAX, pos_, &v);
        id.old_uniq = int32_t(v);
        Word* p = alloc(kClosureFixedWords + id.num_free);
        p[0] = make_header(Subtag::kFun, kClosureFixedWords - 1 + id.num_free);
        p[1] = reinterpret_cast<Word>(fun_table_get(id));
        // The creator comes first, then the free variables in order.
        for (size_t i = id.num_free; i >= 1; i--)
          slots_.push_back(reinterpret_cast<Term*>(p + kClosureFixedWords + i - 1));
        slots_.push_back(reinterpret_cast<Term*>(p + 2));
        *slot = make_boxed(p);
        return;
      }
      case ext::kNewReference:
      case ext::kNewerReference: {
        size_t n = be16(d_ + pos_);
        pos_ += 2;
        atom(d_[pos_++]);
        pos_ += tag == ext::kNewerReference ? 4 : 1;
        RefNumbers r{{0, 0, 0}};
        for (size_t i = 0; i < n; i++) r.n[i] = be32(d_ + pos_ + 4 * i);
        pos_ += 4 * n;
        if (n == 3 && (r.n[1] & kRefMagicBit)) {
          if (BinaryBlob* b = find_saved_resource(r)) {
            Word* p = alloc(kMagicRefWords);
            *slot = fill_resource_ref(p, b, r);
            arena_.own_blob(p);
            return;
          }
          // Gone: a plain reference, and an empty heap binary filling the
          // two words measured for the resource.
          Word* p = alloc(kMagicRefWords);
          *slot = make_local_ref(p, r);
          p[kLocalRefWords] = make_header(Subtag::kHeapBinary, 1);
          p[kLocalRefWords + 1] = 0;
          return;
        }
        *slot = make_local_ref(alloc(kLocalRefWords), r);
        return;
      }
      default:
        // Unreachable: the measuring pass rejected everything else.
        *slot = make_nil();
        return;
    }
  }

  // Sorts a map's keys (and values along): exact term order for flat maps,
  // hash-trie order for hash maps. Fails on duplicate keys.
  static bool finish_map(Word* m) {
    bool hashed = header_subtag(m[0]) == Subtag::kHashMap;
    Word* keys = boxed_ptr(Term(m[1]));
    size_t n = header_arity(keys[0]);
    std::vector<std::pair<Term, Term>> kv(n);
    for (size_t i = 0; i < n; i++) kv[i] = {Term(keys[1 + i]), Term(m[2 + i])};
    std::stable_sort(kv.begin(), kv.end(), [hashed](const auto& a, const auto& b) {
      return hashed ? map_hash_order_less(a.first, b.first) : compare_exact(a.first, b.first) < 0;
    });
    for (size_t i = 0; i + 1 < n; i++) {
      if (compare_exact(kv[i].first, kv[i + 1].first) == 0) return false;
    }
    for (size_t i = 0; i < n; i++) {
      keys[1 + i] = kv[i].first.raw();
      m[2 + i] = kv[i].second.raw();
    }
    return true;
  }

  const uint8_t* d_;
  TermAllocator& arena_;
  Word* hp_;
  size_t pos_ = 0;
  std::vector<Term*> slots_;
  std::vector<Word*> maps_;
};

// Inflates a compressed term (after the tag byte): 4-byte size + zlib data.
bool inflate_term(const uint8_t* d, size_t len, std::vector<uint8_t>& out, ExtError* err,
                  size_t base) {
  if (len < 4) {
    if (err) *err = ExtError{base, "truncated compressed term"};
    return false;
  }
  size_t size = be32(d);
  // zlib cannot expand more than about 1032:1; refuse claims beyond that.
  if (size > (len - 4) * 1032 + 64) {
    if (err) *err = ExtError{base, "compressed term claims an impossible size"};
    return false;
  }
  out.resize(size);
  uLongf out_len = uLongf(size);
  int rc = uncompress(out.data(), &out_len, d + 4, uLong(len - 4));
  if (rc != Z_OK || out_len != size) {
    if (err) *err = ExtError{base, "corrupt compressed term"};
    return false;
  }
  return true;
}

// Decodes the term at `start`; *end receives the offset just past it.
std::optional<Term> decode_plain(TermAllocator& arena, const uint8_t* d, size_t len, size_t start,
                                 ExtError* err, size_t* end, const DecodeOptions& opts) {
  size_t words = 0;
  size_t pos = start;
  Measurer m(d, len, err, opts.existing_atoms_only);
  if (!m.run(pos, words)) return std::nullopt;
  Word* hp = words ? arena.alloc(words) : nullptr;
  Term result;
  Builder b(d, arena, hp);
  if (!b.run(start, &result, err)) return std::nullopt;
  *end = pos;
  return result;
}

}  // namespace

std::optional<Term> binary_to_term(TermAllocator& arena, const uint8_t* data, size_t len,
                                   ExtError* err, size_t* consumed, const DecodeOptions& opts) {
  if (len < 1 || data[0] != ext::kVersion) {
    if (err) *err = ExtError{0, "missing version byte 131"};
    return std::nullopt;
  }
  if (len >= 2 && data[1] == ext::kCompressed) {
    std::vector<uint8_t> plain;
    if (!inflate_term(data + 2, len - 2, plain, err, 2)) return std::nullopt;
    size_t end;
    auto t = decode_plain(arena, plain.data(), plain.size(), 0, err, &end, opts);
    if (!t) return std::nullopt;
    if (end != plain.size()) {
      if (err) *err = ExtError{2, "trailing bytes inside compressed term"};
      return std::nullopt;
    }
    if (consumed) *consumed = len;
    return t;
  }
  size_t end;
  auto t = decode_plain(arena, data, len, 1, err, &end, opts);
  if (!t) return std::nullopt;
  if (consumed) {
    *consumed = end;
  } else if (end != len) {
    if (err) *err = ExtError{end, "trailing bytes after term"};
    return std::nullopt;
  }
  return t;
}

}  // namespace openbeam::vm
