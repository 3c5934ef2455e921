// Encoder for the external term format; see ext_encode.hpp for the rules.
#include "vm/ext_encode.hpp"

#include <zlib.h>

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/code.hpp"
#include "vm/binary.hpp"
#include "vm/export_table.hpp"
#include "vm/ext_term.hpp"
#include "vm/resource.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::vm {
namespace {

constexpr size_t kMaxStringExt = 65535;  // STRING_EXT's 16-bit length

// ---- sinks: the same traversal measures and writes ------------------------
struct SizeSink {
  static constexpr bool kWrites = false;
  size_t n = 0;
  void u8(uint8_t) { n += 1; }
  void be16(uint32_t) { n += 2; }
  void be32(uint32_t) { n += 4; }
  void raw(const void*, size_t k) { n += k; }
  // Room for `k` bytes that the caller fills (writing sink only).
  uint8_t* take(size_t k) {
    n += k;
    return nullptr;
  }
  size_t pos() const { return n; }
  void patch32(size_t, uint32_t) {}
};

struct WriteSink {
  static constexpr bool kWrites = true;
  uint8_t* base;
  uint8_t* p;
  void u8(uint8_t v) { *p++ = v; }
  void be16(uint32_t v) {
    p[0] = uint8_t(v >> 8);
    p[1] = uint8_t(v);
    p += 2;
  }
  void be32(uint32_t v) {
    p[0] = uint8_t(v >> 24);
    p[1] = uint8_t(v >> 16);
    p[2] = uint8_t(v >> 8);
    p[3] = uint8_t(v);
    p += 4;
  }
  void raw(const void* src, size_t k) {
    if (k) std::memcpy(p, src, k);
    p += k;
  }
  uint8_t* take(size_t k) {
    uint8_t* q = p;
    p += k;
    return q;
  }
  size_t pos() const { return size_t(p - base); }
  void patch32(size_t at, uint32_t v) {
    base[at] = uint8_t(v >> 24);
    base[at + 1] = uint8_t(v >> 16);
    base[at + 2] = uint8_t(v >> 8);
    base[at + 3] = uint8_t(v);
  }
};

// ---- pending work ---------------------------------------------------------
struct Frame {
  enum Kind : uint8_t {
    kTerm,    // encode `t`
    kList,    // LIST_EXT in progress: encode car(t); `a` = length field offset,
              // `b` = cells so far
    kArray,   // encode the `b` words at `p` (tuple elements)
    kPairs,   // map pairs: key p[0], value q[0]; `b` pairs left; `step` +-1
    kSorted,  // map pairs in the side buffer from index `a`, `b` pairs left;
              // `t` holds the index where this map's pairs start
              // (option deterministic)
    kFunSize,  // NEW_FUN_EXT done: patch its Size field at offset `a`
  };
  Kind kind;
  bool value_next = false;  // kPairs / kSorted: the value of the pair is next
  int8_t step = 1;
  Term t;
  const Word* p = nullptr;
  const Word* q = nullptr;
  size_t a = 0;
  size_t b = 0;
};

template <class Sink>
class Encoder {
 public:
  Encoder(Sink& sink, const EncodeOptions& opts) : s_(sink), opts_(opts) {}

  // Encodes `t` (without the version byte). Returns false on an error.
  bool run(Term t) {
    stack_.push_back(Frame{Frame::kTerm, false, 1, t});
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      Term cur;
      switch (f.kind) {
        case Frame::kTerm:
          cur = f.t;
          stack_.pop_back();
          break;
        case Frame::kList: {
          Term cell = f.t;
          cur = car(cell);
          Term tail = cdr(cell);
          f.b++;
          if (is_list(tail)) {
            f.t = tail;
          } else {
            if (f.b > UINT32_MAX) return fail(EncodeError::kSystemLimit);
            s_.patch32(f.a, uint32_t(f.b));
            f.kind = Frame::kTerm;  // the tail, after this last element
            f.t = tail;
          }
          break;
        }
        case Frame::kArray:
          cur = Term(*f.p++);
          if (--f.b == 0) stack_.pop_back();
          break;
        case Frame::kPairs:
          if (!f.value_next) {
            cur = Term(*f.p);
            f.value_next = true;
          } else {
            cur = Term(*f.q);
            f.p += f.step;
            f.q += f.step;
            f.value_next = false;
            if (--f.b == 0) stack_.pop_back();
          }
          break;
        case Frame::kFunSize:
          // Size counts from the Size field to the end of the free variables.
          s_.patch32(f.a, uint32_t(s_.pos() - f.a));
          stack_.pop_back();
          continue;
        case Frame::kSorted:
          cur = side_[f.a + (f.value_next ? 1 : 0)];
          if (!f.value_next) {
            f.value_next = true;
          } else {
            f.value_next = false;
            f.a += 2;
            if (--f.b == 0) {
              // Inner maps (pushed later) have already finished.
              side_.resize(size_t(f.t.raw()));
              stack_.pop_back();
            }
          }
          break;
      }
      if (!one(cur)) return false;
    }
    return true;
  }

  EncodeError error() const { return err_; }

 private:
  bool fail(EncodeError e) {
    err_ = e;
    return false;
  }

  // The node of a pid or reference, encoded like any atom (ATOM_EXT, or
  // SMALL_ATOM_UTF8_EXT with minor_version 2).
  void node_atom() { atom(atoms::am_nonode_nohost); }
  void atom(Term a) {
    std::string_view text = atom_text(a);
    // Valid UTF-8: a byte >= 0xC4 starts a character above U+00FF.
    bool latin1 = opts_.minor_version < 2;
    size_t chars = 0;
    if (latin1) {
      for (unsigned char c : text) {
        if (c >= 0xC4) {
          latin1 = false;
          break;
        }
        if ((c & 0xC0) != 0x80) chars++;
      }
    }
    if (latin1) {
      // erl's term_to_binary never uses SMALL_ATOM_EXT.
      s_.u8(ext::kAtom);
      s_.be16(uint32_t(chars));
      if constexpr (Sink::kWrites) {
        for (size_t i = 0; i < text.size(); i++) {
          unsigned char c = uint8_t(text[i]);
          if (c < 0x80) {
            s_.u8(c);
          } else {  // 0xC2 / 0xC3 lead byte
            s_.u8(uint8_t(((c & 0x03) << 6) | (uint8_t(text[i + 1]) & 0x3F)));
            i++;
          }
        }
      } else {
        s_.take(chars);
      }
      return;
    }
    if (text.size() > 255) {
      s_.u8(ext::kAtomUtf8);
      s_.be16(uint32_t(text.size()));
    } else {
      s_.u8(ext::kSmallAtomUtf8);
      s_.u8(uint8_t(text.size()));
    }
    s_.raw(text.data(), text.size());
  }

  // SMALL_BIG_EXT / LARGE_BIG_EXT of a magnitude given as 64-bit limbs.
  void big(const Limb* limbs, size_t n, bool negative) {
    Limb top = limbs[n - 1];
    size_t top_bytes = 0;
    while (top) {
      top_bytes++;
      top >>= 8;
    }
    size_t len = 8 * (n - 1) + top_bytes;
    if (len < 256) {
      s_.u8(ext::kSmallBig);
      s_.u8(uint8_t(len));
    } else {
      s_.u8(ext::kLargeBig);
      s_.be32(uint32_t(len));
    }
    s_.u8(negative ? 1 : 0);
    uint8_t* out = s_.take(len);
    if constexpr (Sink::kWrites) {
      for (size_t i = 0; i < len; i++) out[i] = uint8_t(limbs[i / 8] >> (8 * (i % 8)));
    }
  }

  void small(int64_t v) {
    if (v >= 0 && v < 256) {
      s_.u8(ext::kSmallInteger);
      s_.u8(uint8_t(v));
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      s_.u8(ext::kInteger);
      s_.be32(uint32_t(int32_t(v)));
    } else {
      Limb mag = v < 0 ? Limb(0) - Limb(v) : Limb(v);
      big(&mag, 1, v < 0);
    }
  }

  void flonum(double d) {
    if (opts_.minor_version >= 1) {
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      s_.u8(ext::kNewFloat);
      s_.be32(uint32_t(bits >> 32));
      s_.be32(uint32_t(bits));
      return;
    }
    s_.u8(ext::kFloat);
    uint8_t* out = s_.take(31);
    if constexpr (Sink::kWrites) {
      char buf[64];
      int k = std::snprintf(buf, sizeof buf, "%.20e", d);
      std::memset(out, 0, 31);
      std::memcpy(out, buf, size_t(std::min(k, 31)));
    }
  }

  bool bits(Term t) {
    BitsView v = bits_view(t);
    size_t whole = v.bytes;
    // erl's limit: the byte count (plus a partial byte) must fit 32 bits.
    if (whole >= 0xFFFFFFFFu) {
      size_t total = whole;
      if (boxed_subtag(t) == Subtag::kSubBinary) total += (v.bit_offset + v.extra_bits + 7) / 8;
      if (total > 0xFFFFFFFFu) return fail(EncodeError::kSystemLimit);
    }
    if (v.extra_bits == 0) {
      s_.u8(ext::kBinary);
      s_.be32(uint32_t(whole));
    } else {
      s_.u8(ext::kBitBinary);
      s_.be32(uint32_t(whole + 1));
      s_.u8(uint8_t(v.extra_bits));
    }
    if constexpr (Sink::kWrites) {
      if (opts_.iovec && v.bit_offset == 0 && whole > kHeapBinaryMax) opts_.iovec->push_back({s_.pos(), t});
    }
    uint8_t* out = s_.take(whole + (v.extra_bits ? 1 : 0));
    if constexpr (Sink::kWrites) {
      if (v.bit_offset == 0) {
        if (whole) std::memcpy(out, v.base, whole);
      } else {
        for (size_t i = 0; i < whole; i++) out[i] = v.byte(i);
      }
      if (v.extra_bits) {
        // The trailing bits, high bits first, unused low bits zero.
        uint8_t last = 0;
        for (unsigned i = 0; i < v.extra_bits; i++)
          last |= uint8_t(v.bit(whole * 8 + i) << (7 - i));
        out[whole] = last;
      }
    }
    return true;
  }

  // A proper list of 1..65535 integers 0..255?
  static bool is_string(Term t, size_t* len) {
    size_t n = 0;
    while (is_list(t)) {
      Term h = car(t);
      if (!is_small(h) || small_value(h) < 0 || small_value(h) > 255 || ++n > kMaxStringExt)
        return false;
      t = cdr(t);
    }
    *len = n;
    return is_nil(t);
  }

  void map(Term t) {
    const Word* m = boxed_ptr(t);
    const Word* keys = boxed_ptr(Term(m[1])) + 1;
    const Word* vals = m + 2;
    size_t n = header_arity(m[0]) - 1;
    s_.u8(ext::kMap);
    s_.be32(uint32_t(n));
    if (n == 0) return;
    bool hashed = header_subtag(m[0]) == Subtag::kHashMap;
    if (!hashed) {
      stack_.push_back(Frame{Frame::kPairs, false, 1, Term(), keys, vals, 0, n});
      return;
    }
    if (opts_.deterministic && Sink::kWrites) {
      // Exact term order (erl sorts hash map pairs with CMP_TERM).
      order_.resize(n);
      for (size_t i = 0; i < n; i++) order_[i] = i;
      std::sort(order_.begin(), order_.end(), [keys](size_t x, size_t y) {
        return compare_exact(Term(keys[x]), Term(keys[y])) < 0;
      });
      size_t start = side_.size();
      side_.reserve(start + 2 * n);
      for (size_t i : order_) {
        side_.push_back(Term(keys[i]));
        side_.push_back(Term(vals[i]));
      }
      stack_.push_back(Frame{Frame::kSorted, false, 1, Term(Word(start)), nullptr, nullptr, start, n});
      return;
    }
    // erl pops its trie nodes from a stack: the reverse of our stored order.
    stack_.push_back(Frame{Frame::kPairs, false, -1, Term(), keys + n - 1, vals + n - 1, 0, n});
  }

  bool one(Term t) {
    if (is_small(t)) {
      small(small_value(t));
      return true;
    }
    if (is_atom(t)) {
      atom(t);
      return true;
    }
    if (is_nil(t)) {
      s_.u8(ext::kNil);
      return true;
    }
    if (is_list(t)) {
      size_t len;
      if (is_string(t, &len)) {
        s_.u8(ext::kString);
        s_.be16(uint32_t(len));
        uint8_t* out = s_.take(len);
        if constexpr (Sink::kWrites) {
          for (size_t i = 0; i < len; i++, t = cdr(t)) out[i] = uint8_t(small_value(car(t)));
        }
        return true;
      }
      s_.u8(ext::kList);
      size_t at = s_.pos();
      s_.be32(0);  // patched when the cdr chain ends
      stack_.push_back(Frame{Frame::kList, false, 1, t, nullptr, nullptr, at, 0});
      return true;
    }
    if (is_local_pid(t)) {
      // NEW_PID_EXT: node, number, serial, creation (0 without distribution).
      s_.u8(ext::kNewPid);
      node_atom();
      s_.be32(local_pid_number(t));
      s_.be32(local_pid_serial(t));
      s_.be32(0);
      return true;
    }
    if (is_local_port(t)) {
      // NEW_PORT_EXT: node, 32-bit id, creation (V4_PORT_EXT past 32 bits).
      uint64_t n = local_port_number(t);
      s_.u8(n > 0xFFFFFFFFu ? ext::kV4Port : ext::kNewPort);
      node_atom();
      if (n > 0xFFFFFFFFu) {
        s_.be32(uint32_t(n >> 32));
      }
      s_.be32(uint32_t(n));
      s_.be32(0);
      return true;
    }
    if (!is_boxed(t)) return fail(EncodeError::kUnsupported);
    switch (boxed_subtag(t)) {
      case Subtag::kTuple: {
        const Word* p = boxed_ptr(t);
        size_t n = header_arity(p[0]);
        if (n <= 0xFF) {
          s_.u8(ext::kSmallTuple);
          s_.u8(uint8_t(n));
        } else {
          s_.u8(ext::kLargeTuple);
          s_.be32(uint32_t(n));
        }
        if (n) stack_.push_back(Frame{Frame::kArray, false, 1, Term(), p + 1, nullptr, 0, n});
        return true;
      }
      case Subtag::kFloat:
        flonum(float_value(t));
        return true;
      case Subtag::kPosBig:
      case Subtag::kNegBig: {
        BigView b = big_view(t);
        big(b.limbs, b.n, b.negative);
        return true;
      }
      case Subtag::kHeapBinary:
      case Subtag::kRefcBinary:
      case Subtag::kSubBinary:
        return bits(t);
      case Subtag::kMap:
      case Subtag::kHashMap:
        map(t);
        return true;
      case Subtag::kExport: {
        const ExportEntry* e = export_fun_entry(t);
        s_.u8(ext::kExport);
        atom(e->module);
        atom(e->function);
        small(e->arity);  // 0..255: SMALL_INTEGER_EXT
        return true;
      }
      case Subtag::kRef: {
        // NEWER_REFERENCE_EXT: a local ref is ours (nonode@nohost, creation 0).
        RefNumbers r = local_ref_numbers(t);
        if (is_magic_ref(t)) save_resource(t);
        s_.u8(ext::kNewerReference);
        s_.be16(3);
        node_atom();
        s_.be32(0);
        for (uint32_t n : r.n) s_.be32(n);
        return true;
      }
      case Subtag::kFun: {
        // NEW_FUN_EXT: Size Arity Uniq Index NumFree Module OldIndex OldUniq
        // Pid FreeVars...
        const FunEntry* fe = closure_entry(t);
        uint32_t num_free = closure_num_free(t);
        s_.u8(ext::kNewFun);
        size_t at = s_.pos();
        s_.be32(0);
        s_.u8(uint8_t(fe->arity - fe->num_free));
        s_.raw(fe->uniq, sizeof fe->uniq);
        s_.be32(fe->index);
        s_.be32(num_free);
        atom(fe->module_name);
        if constexpr (Sink::kWrites) {
          small(fe->old_index);
          small(fe->old_uniq);
        } else {
          s_.take(2 * 5);  // like ERTS's size pass: INTEGER_EXT for both
        }
        stack_.push_back(Frame{Frame::kFunSize, false, 1, Term(), nullptr, nullptr, at, 0});
        if (num_free) {
          const Word* env = reinterpret_cast<const Word*>(closure_env(t));
          stack_.push_back(Frame{Frame::kArray, false, 1, Term(), env, nullptr, 0, num_free});
        }
        stack_.push_back(Frame{Frame::kTerm, false, 1, closure_creator(t)});
        return true;
      }
      case Subtag::kExternalPid:
      case Subtag::kExternalPort:
      case Subtag::kExternalRef:
        // TODO(distribution): NEW_PID_EXT, NEW_PORT_EXT / V4_PORT_EXT of
        // other nodes.
        return fail(EncodeError::kUnsupported);
      case Subtag::kMatchState:
        break;
    }
    assert(false && "not a term");
    return fail(EncodeError::kUnsupported);
  }

  Sink& s_;
  const EncodeOptions& opts_;
  std::vector<Frame> stack_;
  std::vector<Term> side_;     // sorted map pairs (option deterministic)
  std::vector<size_t> order_;  // scratch for sorting
  EncodeError err_ = EncodeError::kUnsupported;
};

// Size of the term's encoding without the version byte.
std::optional<size_t> measure(Term t, const EncodeOptions& opts, EncodeError* err) {
  SizeSink sink;
  Encoder<SizeSink> enc(sink, opts);
  if (!enc.run(t)) {
    if (err) *err = enc.error();
    return std::nullopt;
  }
  return sink.n;
}

// Replaces `plain` (version byte + term) by its compressed form when that is
// not longer.
void maybe_compress(std::vector<uint8_t>& plain, int level) {
  size_t term_len = plain.size() - 1;
  // The compressed form is 6 bytes of header plus zlib data; it must fit in
  // plain.size() bytes. zlib output is never empty, so tiny terms stay plain.
  if (plain.size() <= 6 || term_len > UINT32_MAX) return;
  std::vector<uint8_t> out(plain.size());
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (deflateInit(&zs, level) != Z_OK) return;
  zs.next_in = plain.data() + 1;
  zs.avail_in = uInt(term_len);
  zs.next_out = out.data() + 6;
  zs.avail_out = uInt(out.size() - 6);
  int rc = deflate(&zs, Z_FINISH);
  size_t zlen = zs.total_out;
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return;  // did not fit: not worth it
  out[0] = ext::kVersion;
  out[1] = ext::kCompressed;
  out[2] = uint8_t(term_len >> 24);
  out[3] = uint8_t(term_len >> 16);
  out[4] = uint8_t(term_len >> 8);
  out[5] = uint8_t(term_len);
  out.resize(6 + zlen);
  plain.swap(out);
}

}  // namespace

std::optional<std::vector<uint8_t>> term_to_binary(Term t, const EncodeOptions& opts,
                                                   EncodeError* err) {
  auto size = measure(t, opts, err);
  if (!size) return std::nullopt;
  std::vector<uint8_t> out(1 + *size);
  out[0] = ext::kVersion;
  WriteSink sink{out.data(), out.data() + 1};
  Encoder<WriteSink> enc(sink, opts);
  if (!enc.run(t)) {  // cannot happen after a successful measure
    if (err) *err = enc.error();
    return std::nullopt;
  }
  // The size pass is exact except for funs (ERTS's over-estimate, which
  // external_size/1 shows).
  assert(sink.p <= out.data() + out.size());
  out.resize(sink.pos());
  if (opts.compressed_level >= 1 && opts.compressed_level <= 9)
    maybe_compress(out, opts.compressed_level);
  return out;
}

std::optional<size_t> external_size(Term t, const EncodeOptions& opts, EncodeError* err) {
  auto size = measure(t, opts, err);
  if (!size) return std::nullopt;
  return 1 + *size;
}

}  // namespace openbeam::vm
