// The binary module's BIFs (stdlib's binary.erl declares them as NIF stubs).
//
// Semantics are ERTS 13's (erts/emulator/beam/erl_bif_binary.c), checked
// against erl by tests/conformance/bif_binary_*.erl:
//
//   * Searching (match/matches/split): one pattern is searched with memmem
//     (any exact search gives the same answers); several patterns with an
//     Aho-Corasick automaton that reports exactly what ERTS's does: the
//     match starting first, the longest of those starting at the same
//     place, and for all matches ERTS's left-to-right replacement rule.
//   * compile_pattern/1 returns {bm, Ref} or {ac, Ref}, Ref a resource
//     reference (vm/resource.hpp) owning the compiled pattern, like ERTS's
//     magic reference. Only a term made by compile_pattern is accepted.
//   * Quirks kept: an empty subject or scope {0,0} gives nomatch / [] /
//     [Subject] before the pattern is looked at; an improper tail after
//     valid options is ignored; part, at, first, last, copy and
//     referenced_byte_size take bitstrings where erl does.
#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/export_table.hpp"
#include "vm/interp.hpp"
#include "vm/bignum.hpp"
#include "vm/bits.hpp"
#include "vm/integer_arith.hpp"
#include "vm/resource.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

// ---- compiled patterns -----------------------------------------------------

struct Found {
  size_t pos;
  size_t len;
};

// Aho-Corasick automaton with ERTS's conventions: `h` is the failure link,
// `d` the depth, `final` > 0 when a pattern ends here, -1 when only a
// pattern reached through the failure links does.
class AcTrie {
 public:
  explicit AcTrie(size_t total_chars) { nodes_.reserve(total_chars + 1); new_node(0); }

  void add(const uint8_t* x, size_t len) {
    int32_t n = 0;
    for (size_t i = 0; i < len; i++) {
      int32_t next = nodes_[n].g[x[i]];
      if (next < 0) {
        next = new_node(int32_t(i + 1));
        nodes_[n].g[x[i]] = next;
      }
      n = next;
    }
    if (nodes_[n].final == 0) nodes_[n].final = ++counter_;
  }

  // Failure links, breadth first.
  void finish() {
    std::vector<int32_t> queue;
    for (int c = 0; c < 256; c++) {
      int32_t ch = nodes_[0].g[c];
      if (ch >= 0) {
        nodes_[ch].h = 0;
        queue.push_back(ch);
      }
    }
    for (size_t qh = 0; qh < queue.size(); qh++) {
      int32_t parent = queue[qh];
      for (int c = 0; c < 256; c++) {
        int32_t child = nodes_[parent].g[c];
        if (child < 0) continue;
        queue.push_back(child);
        int32_t r = nodes_[parent].h;
        while (r >= 0 && nodes_[r].g[c] < 0) r = r == 0 ? -1 : nodes_[r].h;
        if (r < 0) {
          nodes_[child].h = 0;
        } else {
          nodes_[child].h = nodes_[r].g[c];
          if (!nodes_[child].final && nodes_[nodes_[child].h].final) nodes_[child].final = -1;
        }
      }
    }
  }

  std::optional<Found> first(const uint8_t* hay, size_t start, size_t end) const {
    int32_t q = 0, candidate = -1;
    size_t candidate_start = 0;
    for (size_t i = start; i < end;) {
      q = step(q, hay[i]);
      ++i;
      if (candidate >= 0 && i - size_t(nodes_[q].d) > candidate_start) break;
      if (nodes_[q].final) {
        int32_t r = q;
        while (nodes_[r].final < 0) r = nodes_[r].h;
        size_t rstart = i - size_t(nodes_[r].d);
        if (candidate < 0 || rstart < candidate_start ||
            (rstart == candidate_start && nodes_[candidate].d < nodes_[q].d)) {
          candidate_start = rstart;
          candidate = r;
        }
      }
    }
    if (candidate < 0) return std::nullopt;
    return Found{candidate_start, size_t(nodes_[candidate].d)};
  }

  // All matches, non-overlapping. A match found later that starts before
  // (or at the same place and is longer than) the last kept ones replaces
  // them if it does not overlap what remains; else they stay.
  void all(const uint8_t* hay, size_t start, size_t end, std::vector<Found>& out) const {
    std::vector<Found>& buf = out;
    size_t m = 0;
    int32_t q = 0;
    for (size_t i = start; i < end;) {
      q = step(q, hay[i]);
      ++i;
      if (!nodes_[q].final) continue;
      int32_t r = q;
      while (nodes_[r].final) {
        while (nodes_[r].final < 0) r = nodes_[r].h;
        size_t d = size_t(nodes_[r].d);
        size_t rstart = i - d;
        size_t saved = m;
        while (m > 0 && (buf[m - 1].pos > rstart || (buf[m - 1].pos == rstart && buf[m - 1].len < d))) --m;
        if (m == 0 || buf[m - 1].pos + buf[m - 1].len <= rstart) {
          if (m == buf.size()) buf.push_back(Found{rstart, d});
          else buf[m] = Found{rstart, d};
          ++m;
        } else {
          m = saved;
        }
        r = nodes_[r].h;
      }
    }
    buf.resize(m);
  }

 private:
  struct Node {
    int32_t g[256];
    int32_t h;
    int32_t d;
    int32_t final;
  };

  int32_t new_node(int32_t depth) {
    nodes_.emplace_back();
    Node& n = nodes_.back();
    std::fill(std::begin(n.g), std::end(n.g), -1);
    n.h = 0;
    n.d = depth;
    n.final = 0;
    return int32_t(nodes_.size() - 1);
  }

  int32_t step(int32_t q, uint8_t c) const {
    while (nodes_[q].g[c] < 0 && q != 0) q = nodes_[q].h;
    int32_t next = nodes_[q].g[c];
    return next >= 0 ? next : q;
  }

  std::vector<Node> nodes_;
  int32_t counter_ = 0;
};

struct Pattern {
  bool multi = false;
  std::vector<uint8_t> needle;  // one pattern
  std::unique_ptr<AcTrie> trie;  // several

  std::optional<Found> first(const uint8_t* hay, size_t start, size_t end) const {
    if (multi) return trie->first(hay, start, end);
    if (end - start < needle.size()) return std::nullopt;
    const void* at = memmem(hay + start, end - start, needle.data(), needle.size());
    if (!at) return std::nullopt;
    return Found{size_t(static_cast<const uint8_t*>(at) - hay), needle.size()};
  }

  void all(const uint8_t* hay, size_t start, size_t end, std::vector<Found>& out) const {
    if (multi) {
      trie->all(hay, start, end, out);
      return;
    }
    size_t j = start, n = needle.size();
    while (end - j >= n) {
      const void* at = memmem(hay + j, end - j, needle.data(), n);
      if (!at) break;
      size_t pos = size_t(static_cast<const uint8_t*>(at) - hay);
      out.push_back(Found{pos, n});
      j = pos + n;
    }
  }
};


// The bytes of a binary term (copied only when not byte aligned).
struct Bytes {
  const uint8_t* data;
  size_t size;
  std::vector<uint8_t> scratch;
  explicit Bytes(Term bin) {
    BitsView v = bits_view(bin);
    data = view_bytes(v, scratch);
    size = v.bytes;
  }
};

// compile_pattern's argument: a non-empty binary or a non-empty proper list
// of non-empty binaries. False for badarg.
bool compile(Term arg, Pattern* out) {
  std::vector<Term> pats;
  if (is_list(arg)) {
    Term l = arg;
    for (; is_list(l); l = cdr(l)) {
      Term b = car(l);
      if (!is_binary_term(b) || bits_view(b).bytes == 0) return false;
      pats.push_back(b);
    }
    if (!is_nil(l)) return false;
  } else if (is_binary_term(arg)) {
    if (bits_view(arg).bytes == 0) return false;
    pats.push_back(arg);
  } else {
    return false;
  }
  if (pats.size() == 1) {
    Bytes b(pats[0]);
    out->needle.assign(b.data, b.data + b.size);
    return true;
  }
  size_t total = 0;
  for (Term t : pats) total += bits_view(t).bytes;
  out->multi = true;
  out->trie = std::make_unique<AcTrie>(total);
  for (Term t : pats) {
    Bytes b(t);
    out->trie->add(b.data, b.size);
  }
  out->trie->finish();
  return true;
}

// The pattern argument of match/matches/split: a compiled pattern or
// something compile_pattern accepts. `local` holds a pattern compiled now.
const Pattern* get_pattern(Term arg, Pattern* local) {
  if (is_tuple(arg)) {
    if (tuple_arity(arg) != 2) return nullptr;
    Term tag = tuple_element(arg, 1);
    const Pattern* pat = Resource<Pattern>::get(tuple_element(arg, 2));
    if (!pat || (tag != atoms::am_bm && tag != atoms::am_ac)) return nullptr;
    if (pat->multi != (tag == atoms::am_ac)) return nullptr;
    return pat;
  }
  return compile(arg, local) ? local : nullptr;
}

// ---- options ---------------------------------------------------------------



// {Pos, Len} within a binary of `size` bytes (Len may be negative).
bool pos_len(Term pos_t, Term len_t, size_t size, size_t* start, size_t* end) {
  uint64_t pos;
  int64_t len;
  if (!term_to_uint64(pos_t, &pos) || !term_to_int64(len_t, &len)) return false;
  uint64_t ulen;
  if (len < 0) {
    if (len == INT64_MIN) return false;
    ulen = uint64_t(-len);
    if (ulen > pos) return false;
    pos -= ulen;
  } else {
    ulen = uint64_t(len);
  }
  if (pos > size || ulen > size - pos) return false;
  *start = size_t(pos);
  *end = size_t(pos + ulen);
  return true;
}

bool scope_option(Term t, size_t size, size_t* start, size_t* end) {
  if (!is_tuple(t) || tuple_arity(t) != 2 || tuple_element(t, 1) != atoms::am_scope) return false;
  Term s = tuple_element(t, 2);
  if (!is_tuple(s) || tuple_arity(s) != 2) return false;
  return pos_len(tuple_element(s, 1), tuple_element(s, 2), size, start, end);
}

enum SplitFlags : unsigned { kGlobal = 1, kTrim = 2, kTrimAll = 4 };

// Options of match/3, matches/3 (split = false) and split/3. kNonValue
// stands for "no options" (the /2 variants).
bool parse_options(Term opts, size_t size, bool split, size_t* start, size_t* end, unsigned* flags) {
  *start = 0;
  *end = size;
  *flags = 0;
  if (opts == kNonValue || is_nil(opts)) return true;
  if (!is_list(opts)) return false;
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term t = car(l);
    if (split && t == atoms::am_global) *flags |= kGlobal;
    else if (split && t == atoms::am_trim) *flags |= kTrim;
    else if (split && t == atoms::am_trim_all) *flags |= kTrimAll;
    else if (!scope_option(t, size, start, end)) return false;
  }
  return true;  // an improper tail is ignored, as in erl
}

Term pos_len_tuple(Process* p, const Found& f) {
  return make_tuple2(p, make_small(int64_t(f.pos)), make_small(int64_t(f.len)));
}

// ---- global search of one pattern, in slices ----------------------------------
//
// binary:matches/2,3 and binary:split/2,3 with `global` and one pattern run
// a bounded amount of work per call and continue through the trap
// erlang:binary_find_trap/7 (ERTS's name), so a search over megabytes
// gives way to other processes between slices as in erl. Its arguments:
// Subject, Pattern (as the caller gave it), Pos (where the search goes
// on), PieceStart (split: where the current piece began), End (scope end),
// Mode (SplitFlags, plus kSplitMode) and Acc (results so far, reversed).
// Several patterns are searched in one go (the Aho-Corasick non-overlap
// rule looks back over earlier matches).

constexpr unsigned kSplitMode = 8;
constexpr size_t kStepUnits = 1000;     // reductions' worth of work per call
constexpr size_t kWindowBytes = 16384;  // searched at a time

Term binary_find_trap_7(Process* p, Term* a);

const ExportEntry* find_trap_export() {
  static const ExportEntry* e = [] {
    ExportEntry* x = export_entry(atoms::am_erlang, atom("binary_find_trap"), 7);
    set_export_bif(x, binary_find_trap_7);
    return x;
  }();
  return e;
}

Term piece(Process* p, Term subject, size_t from, size_t to) {
  return extract_bits(*p, subject, from * 8, (to - from) * 8);
}

Term reverse_list(Process* p, Term l) {
  Term r = make_nil();
  for (; is_list(l); l = cdr(l)) r = make_list_from_cons(p, car(l), r);
  return r;
}

Term find_step(Process* p, Term subject, Term pattern, size_t pos, size_t piece_start, size_t end,
               unsigned mode, Term acc) {
  Pattern local;
  const Pattern* pat = get_pattern(pattern, &local);
  Bytes hay(subject);
  size_t size = hay.size;
  size_t n = pat->needle.size();
  bool split = mode & kSplitMode;
  size_t units = 0;
  while (pos < end) {
    if (units >= kStepUnits) {
      charge_reductions(p, units, 1);
      Term args[7] = {subject, pattern, make_small(int64_t(pos)), make_small(int64_t(piece_start)),
                      make_small(int64_t(end)), make_small(int64_t(mode)), acc};
      return bif_trap(p, find_trap_export(), args, 7);
    }
    size_t window_end = std::min(end, pos + kWindowBytes);
    size_t search_end = std::min(end, window_end + n - 1);
    auto f = pat->first(hay.data, pos, search_end);
    if (!f || f->pos >= window_end) {
      units += (window_end - pos) / kBytesPerReduction + 1;
      pos = window_end;
      continue;
    }
    units += (f->pos + n - pos) / kBytesPerReduction + 1;
    if (!split) {
      acc = make_list_from_cons(p, pos_len_tuple(p, *f), acc);
    } else if (!(f->pos == piece_start && (mode & kTrimAll))) {
      acc = make_list_from_cons(p, piece(p, subject, piece_start, f->pos), acc);
    }
    pos = piece_start = f->pos + n;
  }
  charge_reductions(p, units, 1);
  if (!split) return reverse_list(p, acc);
  if (piece_start == 0) {  // no match: the subject, as one piece
    if ((mode & (kTrim | kTrimAll)) && size == 0) return make_nil();
    return make_list_from_cons(p, subject, make_nil());
  }
  if (!(piece_start == size && (mode & kTrimAll))) acc = make_list_from_cons(p, piece(p, subject, piece_start, size), acc);
  if (mode & kTrim) {  // drop the empty pieces at the end
    while (is_list(acc) && bits_view(car(acc)).bytes == 0) acc = cdr(acc);
  }
  return reverse_list(p, acc);
}

// Whether a global search goes through find_step: one pattern, whole bytes.
bool sliced_search(Term subject, const Pattern* pat) {
  return !pat->multi && bits_view(subject).bit_offset == 0;
}

Term do_match(Process* p, Term subject, Term pattern, Term opts, bool global) {
  if (!is_binary_term(subject)) return badarg(p);
  size_t start, end;
  unsigned flags;
  size_t size = bits_view(subject).bytes;
  if (!parse_options(opts, size, false, &start, &end, &flags)) return badarg(p);
  Term none = global ? make_nil() : atoms::am_nomatch;
  if (end == 0) return none;
  Pattern local;
  const Pattern* pat = get_pattern(pattern, &local);
  if (!pat) return badarg(p);
  Bytes hay(subject);
  if (!global) {
    auto f = pat->first(hay.data, start, end);
    charge_reductions(p, (f ? f->pos + f->len : end) - start, kBytesPerReduction);
    return f ? pos_len_tuple(p, *f) : none;
  }
  if (sliced_search(subject, pat)) return find_step(p, subject, pattern, start, 0, end, 0, make_nil());
  charge_reductions(p, end - start, kBytesPerReduction);
  std::vector<Found> all;
  pat->all(hay.data, start, end, all);
  std::vector<Term> items(all.size());
  for (size_t i = 0; i < all.size(); i++) items[i] = pos_len_tuple(p, all[i]);
  return make_list_from(p, items.data(), items.size());
}

Term do_split(Process* p, Term subject, Term pattern, Term opts) {
  if (!is_binary_term(subject)) return badarg(p);
  size_t start, end;
  unsigned flags;
  size_t size = bits_view(subject).bytes;
  if (!parse_options(opts, size, true, &start, &end, &flags)) return badarg(p);
  bool trim = flags & (kTrim | kTrimAll);
  auto not_found = [&] {
    if (trim && size == 0) return make_nil();
    return make_list_from_cons(p, subject, make_nil());
  };
  if (end == 0) return not_found();
  Pattern local;
  const Pattern* pat = get_pattern(pattern, &local);
  if (!pat) return badarg(p);
  if ((flags & kGlobal) && sliced_search(subject, pat)) {
    return find_step(p, subject, pattern, start, 0, end, (flags & (kTrim | kTrimAll)) | kSplitMode, make_nil());
  }
  Bytes hay(subject);
  charge_reductions(p, end - start, kBytesPerReduction);
  std::vector<Found> found;
  if (flags & kGlobal) {
    pat->all(hay.data, start, end, found);
  } else if (auto f = pat->first(hay.data, start, end)) {
    found.push_back(*f);
  }
  if (found.empty()) return not_found();
  if (!(flags & kGlobal)) {
    const Found& f = found[0];
    size_t rest = f.pos + f.len;
    if (trim && rest == size) {
      if (f.pos == 0) return make_nil();
      return make_list_from_cons(p, piece(p, subject, 0, f.pos), make_nil());
    }
    Term l = make_list_from_cons(p, piece(p, subject, rest, size), make_nil());
    if ((flags & kTrimAll) && f.pos == 0) return l;
    return make_list_from_cons(p, piece(p, subject, 0, f.pos), l);
  }
  // Pieces are built from the last one; trim drops empty trailing pieces,
  // trim_all every empty piece.
  unsigned do_trim = flags & (kTrim | kTrimAll);
  Term l = make_nil();
  size_t piece_end = size;
  for (size_t i = found.size(); i-- > 0;) {
    size_t from = found[i].pos + found[i].len;
    if (!(from == piece_end && do_trim)) {
      l = make_list_from_cons(p, piece(p, subject, from, piece_end), l);
      do_trim &= ~unsigned(kTrim);
    }
    piece_end = found[i].pos;
  }
  if (!(found[0].pos == 0 && do_trim)) l = make_list_from_cons(p, piece(p, subject, 0, found[0].pos), l);
  return l;
}

// ---- byte access -----------------------------------------------------------

// The whole bytes of a binary; false for anything else (bitstrings too).
bool byte_binary(Term t, BitsView* v) {
  if (!is_bitstring(t)) return false;
  *v = bits_view(t);
  return v->extra_bits == 0;
}

Term common_length(Process* p, Term list, bool suffix) {
  std::vector<Term> bins;
  Term l = list;
  for (; is_list(l); l = cdr(l)) {
    if (!is_bitstring(car(l))) return badarg(p);
    bins.push_back(car(l));
  }
  if (!is_nil(l) || bins.empty()) return badarg(p);
  std::vector<BitsView> views;
  for (Term b : bins) {
    BitsView v = bits_view(b);
    if (v.extra_bits) return badarg(p);
    views.push_back(v);
  }
  size_t n = 0;
  for (;; n++) {
    bool stop = false;
    uint8_t c = 0;
    for (size_t i = 0; i < views.size() && !stop; i++) {
      const BitsView& v = views[i];
      if (n >= v.bytes) {
        stop = true;
        break;
      }
      uint8_t x = v.byte(suffix ? v.bytes - 1 - n : n);
      if (i == 0) c = x;
      else if (x != c) stop = true;
    }
    if (stop) break;
  }
  return make_small(int64_t(n));
}

Term binary_find_trap_7(Process* p, Term* a) {
  auto num = [](Term t) { return size_t(small_value(t)); };
  return find_step(p, a[0], a[1], num(a[2]), num(a[3]), num(a[4]), unsigned(num(a[5])), a[6]);
}

}  // namespace

Term binary_compile_pattern_1(Process* p, Term* a) {
  BinaryBlob* b;
  Pattern* pat = Resource<Pattern>::create(&b);
  if (!compile(a[0], pat)) {
    b->release();
    return badarg(p);
  }
  Term tag = pat->multi ? atoms::am_ac : atoms::am_bm;
  return make_tuple2(p, tag, make_resource_ref(*p, b));
}

Term binary_match_2(Process* p, Term* a) { return do_match(p, a[0], a[1], kNonValue, false); }
Term binary_match_3(Process* p, Term* a) { return do_match(p, a[0], a[1], a[2], false); }
Term binary_matches_2(Process* p, Term* a) { return do_match(p, a[0], a[1], kNonValue, true); }
Term binary_matches_3(Process* p, Term* a) { return do_match(p, a[0], a[1], a[2], true); }
Term binary_split_2(Process* p, Term* a) { return do_split(p, a[0], a[1], kNonValue); }
Term binary_split_3(Process* p, Term* a) { return do_split(p, a[0], a[1], a[2]); }

// binary:part/2,3 and erlang:binary_part/2,3 (bitstrings allowed: the
// whole bytes count).
Term binary_part_of(Process* p, Term bin, Term pos, Term len) {
  if (!is_bitstring(bin)) return badarg(p);
  size_t start, end;
  if (!pos_len(pos, len, bits_view(bin).bytes, &start, &end)) return badarg(p);
  return extract_bits(*p, bin, start * 8, (end - start) * 8);
}


Term binary_first_1(Process* p, Term* a) {
  BitsView v;
  if (!is_bitstring(a[0]) || bits_view(a[0]).bytes == 0 || !byte_binary(a[0], &v)) return badarg(p);
  return make_small(v.byte(0));
}

Term binary_last_1(Process* p, Term* a) {
  BitsView v;
  if (!is_bitstring(a[0]) || bits_view(a[0]).bytes == 0 || !byte_binary(a[0], &v)) return badarg(p);
  return make_small(v.byte(v.bytes - 1));
}

Term binary_at_2(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  uint64_t i;
  if (v.bytes == 0 || !term_to_uint64(a[1], &i) || i >= v.bytes || v.extra_bits) return badarg(p);
  return make_small(v.byte(size_t(i)));
}

Term binary_copy_2(Process* p, Term* a) {
  uint64_t n;
  if (!is_bitstring(a[0]) || !term_to_uint64(a[1], &n)) return badarg(p);
  if (n == 0) return make_binary(*p, nullptr, 0);
  BitsView v;
  if (!byte_binary(a[0], &v)) return badarg(p);
  if (v.bytes && n > (uint64_t(1) << 40) / v.bytes) return raise_error(p, atoms::am_system_limit);
  size_t total = v.bytes * size_t(n);
  uint8_t* out;
  Term r = make_binary_uninit(*p, total, &out);
  std::vector<uint8_t> scratch;
  const uint8_t* src = view_bytes(v, scratch);
  if (v.bytes == 1) {
    std::memset(out, src[0], total);
  } else if (v.bytes) {
    std::memcpy(out, src, v.bytes);
    size_t done = v.bytes;
    while (done < total) {  // doubling copies
      size_t chunk = std::min(done, total - done);
      std::memcpy(out + done, out, chunk);
      done += chunk;
    }
  }
  return r;
}

Term binary_copy_1(Process* p, Term* a) {
  Term args[2] = {a[0], make_small(1)};
  return binary_copy_2(p, args);
}

Term binary_referenced_byte_size_1(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return badarg(p);
  size_t off;
  Term real = real_binary(a[0], &off);
  const Word* w = boxed_ptr(real);
  if (boxed_subtag(real) == Subtag::kRefcBinary) {
    return make_small(int64_t(reinterpret_cast<const BinaryBlob*>(w[2])->size));
  }
  return make_small(int64_t(w[1]));
}

Term binary_longest_common_prefix_1(Process* p, Term* a) { return common_length(p, a[0], false); }
Term binary_longest_common_suffix_1(Process* p, Term* a) { return common_length(p, a[0], true); }

static Term encode_unsigned(Process* p, Term n, Term endian) {
  if (!is_integer(n) || (endian != atoms::am_big && endian != atoms::am_little)) return badarg(p);
  std::vector<uint8_t> le;  // little-endian magnitude, at least one byte
  if (is_small(n)) {
    int64_t v = small_value(n);
    if (v < 0) return badarg(p);
    do {
      le.push_back(uint8_t(v & 0xFF));
      v >>= 8;
    } while (v);
  } else {
    BigView b = big_view(n);
    if (b.negative) return badarg(p);
    for (size_t i = 0; i < b.n; i++) {
      for (int k = 0; k < 8; k++) le.push_back(uint8_t(b.limbs[i] >> (8 * k)));
    }
    while (le.size() > 1 && le.back() == 0) le.pop_back();
  }
  if (endian == atoms::am_big) std::reverse(le.begin(), le.end());
  return make_binary(*p, le.data(), le.size());
}

Term binary_encode_unsigned_1(Process* p, Term* a) { return encode_unsigned(p, a[0], atoms::am_big); }
Term binary_encode_unsigned_2(Process* p, Term* a) { return encode_unsigned(p, a[0], a[1]); }

static Term decode_unsigned(Process* p, Term bin, Term endian) {
  BitsView v;
  if (!is_bitstring(bin) || (endian != atoms::am_big && endian != atoms::am_little)) return badarg(p);
  if (!byte_binary(bin, &v)) return badarg(p);
  std::vector<uint8_t> le(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) le[i] = v.byte(endian == atoms::am_big ? v.bytes - 1 - i : i);
  while (!le.empty() && le.back() == 0) le.pop_back();
  if ((le.size() + 7) / 8 > kMaxBigLimbs) return raise_error(p, atoms::am_system_limit);
  Word* hp = p->alloc(bignum_words((le.size() + 7) / 8));
  size_t used;
  return integer_from_le_bytes(hp, le.data(), le.size(), false, &used);
}

Term binary_decode_unsigned_1(Process* p, Term* a) { return decode_unsigned(p, a[0], atoms::am_big); }
Term binary_decode_unsigned_2(Process* p, Term* a) { return decode_unsigned(p, a[0], a[1]); }

}  // namespace openbeam::bifs
