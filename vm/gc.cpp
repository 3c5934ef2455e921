// The per-process garbage collector: generational and copying, like ERTS.
//
// Generations. Young data lives in the block [heap_start, heap_end) (heap
// below, stack above) and in heap fragments; old data in [old_heap,
// old_end). Young data below high_water has survived one collection.
//
// A minor collection copies the live young data: what is below high_water
// moves to the old generation ("promotion"), the rest to a new young
// block; then high_water is the new block's top, so a term is promoted
// when it survives its second collection. Roots: the live x registers, the
// stack, the process dictionary, queued messages and signals, exception
// state. The old generation is not scanned: it never points into the young
// one, since it is written only here and whole subgraphs are promoted (a
// term below high_water can only reference older terms).
//
// A major collection (fullsweep) copies everything live, young and old,
// into a new young block and frees the old generation. It happens when
// `need_fullsweep` is set (erlang:garbage_collect/0, type major), after
// fullsweep_after minor collections, when the old generation lacks room for
// what may be promoted, when the old binary virtual heap is full, and when
// a minor one has nothing to promote and no old generation yet.
//
// Copying is Cheney's, with two to-spaces scanned until both are done.
// Forwarding: a moved boxed object's header is replaced by the boxed
// pointer to its copy (a header never has the boxed tag); a moved cons gets
// car = 0 (never a value) and cdr = the new cons. Pointers outside the
// collected areas (literals, the old generation in a minor collection) are
// left as they are.
//
// Sizes follow ERTS: heap sizes from its series (12, 38, Fibonacci + 1,
// then +20%), the new young block sized for the young data, grown or shrunk
// afterwards by moving the block (pointers offset, no second copy).
//
// Debug builds verify the heaps after every collection (verify_heaps).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "vm/binary.hpp"
#include "vm/offheap.hpp"
#include "vm/process.hpp"
#include "vm/term_write.hpp"

namespace openbeam::vm {

namespace {

// ---- heap sizes -------------------------------------------------------------
struct HeapSizes {
  size_t v[90];
  size_t n = 0;
  HeapSizes() {
    // 12, 38, then Fibonacci + 1 (..., 233, 376, 610, ...) for 23 steps,
    // then 20% growth (1.3 M words and up).
    v[0] = 12;
    v[1] = 38;
    n = 2;
    for (; n < 23; n++) v[n] = v[n - 1] + v[n - 2] + 1;
    for (; n < std::size(v); n++) {
      v[n] = v[n - 1] + v[n - 1] / 5;
      if (v[n] > (size_t(1) << 50)) break;
    }
  }
  // Index of the smallest size >= words.
  size_t index(size_t words) const {
    return size_t(std::lower_bound(v, v + n - 1, words) - v);
  }
};
const HeapSizes& heap_sizes() {
  static const HeapSizes s;
  return s;
}

}  // namespace

size_t next_heap_size(size_t words) {
  const HeapSizes& s = heap_sizes();
  return s.v[s.index(words)];
}

size_t heap_size_above(size_t words) {
  const HeapSizes& s = heap_sizes();
  size_t i = s.index(words);
  if (s.v[i] == words && i + 1 < s.n) i++;
  return s.v[i];
}

namespace {

// ERTS's binary virtual heap sizing: grow by the golden ratio while the
// survivors use more than 75%, halve below 25%.
uint64_t next_vheap_size(uint64_t vheap, uint64_t sz, uint64_t min) {
  if (vheap / 3 > sz / 4) {
    while (vheap / 3 > sz / 4) sz = uint64_t(double(sz) * 1.618);
  } else if (vheap < sz / 4) {
    sz /= 2;
  }
  return sz < min ? min : sz;
}

// Calls f(Word&) for every term slot of the object (or single term) at `s`
// and returns the position after it. Tuple and map elements are plain terms
// that follow their header: they are visited as single words.
template <class F>
inline Word* visit_slots(Word* s, F&& f) {
  Word w = *s;
  if ((w & tag::kPrimaryMask) != tag::kHeader) {
    f(*s);
    return s + 1;
  }
  Word arity = header_arity(w);
  switch (header_subtag(w)) {
    case Subtag::kTuple:
    case Subtag::kMap:
    case Subtag::kHashMap:
      return s + 1;
    case Subtag::kFun:  // [hdr][FunEntry*][free vars...]
      for (Word i = 2; i <= arity; i++) f(s[i]);
      break;
    case Subtag::kSubBinary:
      f(s[4]);
      break;
    case Subtag::kMatchState:
      f(s[1]);
      break;
    default:
      break;  // raw payload
  }
  return s + 1 + arity;
}

// Calls f(Term&) for every root of `p` (the stack: every slot but return
// addresses).
template <class F>
void for_each_root(Process* p, unsigned live, F&& f) {
  for (unsigned i = 0; i < live && i < kMaxXRegs; i++) f(p->x[i]);
  for (Word* s = p->stop; s < p->heap_end; s++) {
    if ((*s & tag::kPrimaryMask) == tag::kHeader) continue;  // return address
    f(*reinterpret_cast<Term*>(s));
  }
  auto opt = [&](Term& t) {
    if (t != kNonValue) f(t);
  };
  opt(p->exc_reason);
  opt(p->exc_stacktrace);
  p->raise.for_each_term(opt);
  p->mq.for_each([&](Term& t) { f(t); });
  for (Signal& sg : p->sigq) {
    opt(sg.data);
    opt(sg.item);
    opt(sg.tag);
  }
  p->mq.for_each_marker_ref([&](Term& t) { f(t); });
  opt(p->exit_reason);
  for (auto& [k, v] : p->dict) {
    f(k);
    f(v);
  }
}

size_t fragment_words(const Process* p) {
  size_t n = 0;
  for (const HeapFragment& f : p->fragments) n += f.used;
  return n;
}

class Collector {
 public:
  // Minor: young terms below `mature_end` go to `old_to`, the others to
  // `young_to`. Major (`mature_end` null): every live term goes to
  // `young_to`, the old generation included.
  Collector(Process* p, bool major, Word* young_to, Word* old_to)
      : p_(p),
        major_(major),
        ylo_(p->heap_start),
        yhi_(p->htop),
        mature_end_(major ? p->heap_start : p->high_water),
        olo_(p->old_heap),
        ohi_(p->old_htop),
        nfrags_(p->fragments.size()),
        ytop_(young_to),
        yscan_(young_to),
        otop_(old_to),
        oscan_(old_to) {}

  [[gnu::always_inline]] bool in_from_space(const Word* w) const {
    if (w >= ylo_ && w < yhi_) return true;
    if (major_ && w >= olo_ && w < ohi_) return true;
    if (nfrags_ == 0) return false;
    return in_fragment(w);
  }
  bool in_fragment(const Word* w) const {
    for (const HeapFragment& f : p_->fragments) {
      if (w >= f.words.get() && w < f.words.get() + f.used) return true;
    }
    return false;
  }

  // The new location of t's object, copying it if needed. `to_old`: the
  // referrer is in the old generation, so the copy goes there too.
  [[gnu::always_inline]] Term copy(Term t, bool to_old = false) {
    Word raw = t.raw();
    if ((raw & tag::kPrimaryMask) == tag::kList) {
      Word* c = list_ptr(t);
      if (!in_from_space(c)) return t;
      if (c[0] == 0) return Term(c[1]);  // already moved
      Word* n = dest(c, 2, to_old);
      n[0] = c[0];
      n[1] = c[1];
      c[0] = 0;
      c[1] = make_list(n).raw();
      return make_list(n);
    }
    if ((raw & tag::kPrimaryMask) == tag::kBoxed) {
      Word* o = boxed_ptr(t);
      if (!in_from_space(o)) return t;
      Word hdr = o[0];
      if ((hdr & tag::kPrimaryMask) == tag::kBoxed) return Term(hdr);  // forwarded
      size_t size = 1 + header_arity(hdr);
      Word* n = dest(o, size, to_old);
      if (size <= 8) {  // most objects: cheaper than a memcpy call
        for (size_t i = 0; i < size; i++) n[i] = o[i];
      } else {
        std::memcpy(n, o, size * sizeof(Word));
      }
      if (is_offheap_header(hdr)) keep_offheap(n);
      o[0] = make_boxed(n).raw();
      return make_boxed(n);
    }
    return t;
  }

  // Scans both to-spaces until everything reachable is copied.
  void drain() {
    for (;;) {
      while (yscan_ < ytop_) {
        yscan_ = visit_slots(yscan_, [this](Word& w) { w = copy(Term(w)).raw(); });
      }
      if (oscan_ >= otop_) break;
      while (oscan_ < otop_) {
        oscan_ = visit_slots(oscan_, [this](Word& w) { w = copy(Term(w), true).raw(); });
      }
    }
  }

  Word* young_top() const { return ytop_; }
  Word* old_top() const { return otop_; }
  Word* young_offheap() const { return young_offheap_; }
  uint64_t young_vheap() const { return young_vheap_; }
  uint64_t promoted_vheap() const { return promoted_vheap_; }

 private:
  [[gnu::always_inline]] Word* dest(const Word* from, size_t words, bool to_old) {
    Word* n;
    if (to_old || (from >= ylo_ && from < mature_end_)) {
      n = otop_;
      otop_ += words;
    } else {
      n = ytop_;
      ytop_ += words;
    }
    return n;
  }
  // A copied off-heap entry joins the list of the generation it moved to.
  void keep_offheap(Word* n) {
    if (!major_ && n >= oscan_base() && n < otop_) {
      offheap_push(&p_->old_offheap_first, n);
      promoted_vheap_ += offheap_vheap_words(n);
    } else {
      offheap_push(&young_offheap_, n);
      young_vheap_ += offheap_vheap_words(n);
    }
  }
  const Word* oscan_base() const { return p_->old_htop; }

  Process* p_;
  bool major_;
  const Word* ylo_;
  const Word* yhi_;
  const Word* mature_end_;
  const Word* olo_;
  const Word* ohi_;
  size_t nfrags_;
  Word* ytop_;
  Word* yscan_;
  Word* otop_;
  Word* oscan_;
  Word* young_offheap_ = nullptr;
  uint64_t young_vheap_ = 0;
  uint64_t promoted_vheap_ = 0;
};

// ---- heap verifier (Debug builds) -------------------------------------------
#ifndef NDEBUG
constexpr Word kPoison = 0xdeadbeefdeadbee0;  // a header of absurd arity

[[noreturn]] void heap_broken(const Process* p, const char* what, const void* where, Word w) {
  std::fprintf(stderr, "openbeam: heap verification failed for %s: %s at %p (word %#llx)\n",
               write_term(p->pid).c_str(), what, where, static_cast<unsigned long long>(w));
  std::abort();
}

class Verifier {
 public:
  explicit Verifier(Process* p) : p_(p) {}

  void run(unsigned live) {
    if (!p_->fragments.empty()) heap_broken(p_, "heap fragments left after a collection", nullptr, 0);
    if (p_->high_water < p_->heap_start || p_->high_water > p_->htop) {
      heap_broken(p_, "high_water outside the heap", p_->high_water, 0);
    }
    young_starts_.assign(size_t(p_->htop - p_->heap_start), false);
    old_starts_.assign(size_t(p_->old_htop - p_->old_heap), false);
    mark_objects(p_->heap_start, p_->htop, young_starts_);
    if (p_->old_heap) mark_objects(p_->old_heap, p_->old_htop, old_starts_);
    check_area(p_->heap_start, p_->htop, false);
    if (p_->old_heap) check_area(p_->old_heap, p_->old_htop, true);
    for_each_root(p_, live, [&](Term& t) { check_term(Term(t), &t, false); });
    check_offheap(p_->offheap_first, p_->heap_start, p_->htop, young_entries_);
    check_offheap(p_->old_offheap_first, p_->old_heap, p_->old_htop, old_entries_);
  }

 private:
  void mark_objects(Word* lo, Word* hi, std::vector<bool>& starts) {
    for (Word* s = lo; s < hi;) {
      starts[size_t(s - lo)] = true;
      Word w = *s;
      if ((w & tag::kPrimaryMask) == tag::kHeader) {
        Subtag st = header_subtag(w);
        bool elems = st == Subtag::kTuple || st == Subtag::kMap || st == Subtag::kHashMap;
        if (header_arity(w) > size_t(hi - s) - 1) heap_broken(p_, "object runs past the heap top", s, w);
        if (is_offheap_header(w)) (lo == p_->heap_start ? young_entries_ : old_entries_)++;
        if (!elems) {
          s += 1 + header_arity(w);
          continue;
        }
        s++;
        for (Word i = 0; i < header_arity(w); i++, s++) {
          if ((*s & tag::kPrimaryMask) == tag::kHeader) heap_broken(p_, "header inside a tuple or map", s, *s);
        }
        continue;
      }
      // A cons: two terms, neither a header.
      if (s + 1 >= hi || (s[1] & tag::kPrimaryMask) == tag::kHeader) {
        heap_broken(p_, "bad cons cell", s, w);
      }
      s += 2;
    }
  }

  void check_area(Word* lo, Word* hi, bool old) {
    for (Word* s = lo; s < hi;) {
      s = visit_slots(s, [&](Word& w) { check_term(Term(w), &w, old); });
    }
  }

  void check_term(Term t, const void* where, bool from_old) {
    Word raw = t.raw();
    Word tag = raw & tag::kPrimaryMask;
    if (tag == tag::kHeader) heap_broken(p_, "header word used as a term", where, raw);
    if (tag == tag::kImmed1) return;
    const Word* o = tag == tag::kList ? list_ptr(t) : boxed_ptr(t);
    if (o >= p_->heap_start && o < p_->heap_end) {
      if (from_old) heap_broken(p_, "old generation points into the young one", where, raw);
      if (o >= p_->htop) heap_broken(p_, "pointer into the free area or the stack", where, raw);
      if (!young_starts_[size_t(o - p_->heap_start)]) heap_broken(p_, "pointer into the middle of an object", where, raw);
    } else if (o >= p_->old_heap && o < p_->old_end) {
      if (o >= p_->old_htop) heap_broken(p_, "pointer past the old heap top", where, raw);
      if (!old_starts_[size_t(o - p_->old_heap)]) heap_broken(p_, "pointer into the middle of an old object", where, raw);
    } else if (o[0] == kPoison || (o[1] == kPoison && tag == tag::kList)) {
      heap_broken(p_, "pointer into a freed heap", where, raw);
    }
    // Elsewhere: a literal (never collected).
    if (tag == tag::kBoxed && (o[0] & tag::kPrimaryMask) != tag::kHeader) {
      heap_broken(p_, "boxed pointer to a non-header", where, raw);
    }
    if (tag == tag::kList && (o[0] & tag::kPrimaryMask) == tag::kHeader) {
      heap_broken(p_, "cons pointer to a header", where, raw);
    }
  }

  void check_offheap(Word* first, const Word* lo, const Word* hi, size_t expected) {
    size_t n = 0;
    for (Word* e = first; e; e = offheap_next(e)) {
      if (e < lo || e >= hi || !is_offheap_header(e[0])) heap_broken(p_, "bad off-heap list entry", e, 0);
      if (++n > expected) break;
    }
    if (n != expected) heap_broken(p_, "off-heap list does not match the heap", first, n);
  }

  Process* p_;
  std::vector<bool> young_starts_, old_starts_;
  size_t young_entries_ = 0, old_entries_ = 0;
};

void verify_heaps(Process* p, unsigned live) { Verifier(p).run(live); }
void poison(Word* lo, size_t words) { std::fill(lo, lo + words, kPoison); }
#else
inline void verify_heaps(Process*, unsigned) {}
inline void poison(Word*, size_t) {}
#endif

std::atomic<uint64_t> g_gc_collections{0};
std::atomic<uint64_t> g_gc_words_reclaimed{0};

}  // namespace

GcTotals gc_totals() { return GcTotals{g_gc_collections.load(), g_gc_words_reclaimed.load()}; }

size_t Process::total_heap_words() const { return heap_words() + old_heap_words() + fragment_words(this); }

// A block for a young generation of `size` words: the previous from-space
// when it has that size (semi-space reuse), else a new one.
Word* Process::take_block(size_t size) {
  if (spare_ && spare_size_ == size) {
    Word* b = spare_;
    spare_ = nullptr;
    return b;
  }
  return static_cast<Word*>(std::malloc(size * sizeof(Word)));
}

void Process::drop_block(Word* block, size_t size) {
  poison(block, size);
  std::free(spare_);
  spare_ = block;
  spare_size_ = size;
}

void Process::garbage_collect(size_t need, unsigned live) {
  if (gc_torture) {  // alternate minor and major collections
    if (torture_major_) need_fullsweep = true;
    torture_major_ = !torture_major_;
  }
  if (need_fullsweep || int64_t(minor_gcs) >= settings.fullsweep_after || !minor_collection(need, live)) {
    major_collection(need, live, 0);
  }
}

void Process::collect_into(size_t size, unsigned live) { major_collection(0, live, size); }

// Everything after either kind of collection: fragments gone, statistics,
// the verifier.
void Process::after_collection(size_t used_before, unsigned live) {
  fragments.clear();
  must_collect_ = gc_torture || bin_vheap > bin_vheap_sz;
  gc_count++;
  size_t used_after = size_t(htop - heap_start) + size_t(old_htop - old_heap);
  g_gc_collections.fetch_add(1, std::memory_order_relaxed);
  if (used_before > used_after) {
    g_gc_words_reclaimed.fetch_add(used_before - used_after, std::memory_order_relaxed);
  }
  verify_heaps(this, live);
}

namespace {
// Moves the stack to the top of the new heap ending at `new_end`; roots are
// read from there during the copy.
void move_stack(Process* p, Word* new_end, size_t stack_words) {
  Word* new_stop = new_end - stack_words;
  std::memcpy(new_stop, p->stop, stack_words * sizeof(Word));
  p->stop = new_stop;
  p->heap_end = new_end;
}
}  // namespace

// False when a minor collection is not possible (a major one is due).
bool Process::minor_collection(size_t need, unsigned live) {
  size_t young_used = size_t(htop - heap_start) + fragment_words(this);
  size_t mature = size_t(high_water - heap_start);
  if (!old_heap && mature != 0) {
    // ERTS takes the next size up: fewer fullsweeps.
    size_t n = heap_size_above(young_used);
    old_heap = old_htop = static_cast<Word*>(std::malloc(n * sizeof(Word)));
    old_end = old_heap + n;
  }
  if (!old_heap || mature > size_t(old_end - old_htop) || bin_old_vheap >= bin_old_vheap_sz) return false;

  size_t used_before = young_used + size_t(old_htop - old_heap);
  size_t stack_words = size_t(heap_end - stop);
  size_t size = std::max(settings.min_heap_size, next_heap_size(stack_words + young_used));
  Word* block = take_block(size);
  Word* const from = heap_start;
  const size_t from_size = heap_words();
  move_stack(this, block + size, stack_words);

  Collector c(this, false, block, old_htop);
  for_each_root(this, live, [&](Term& t) { t = c.copy(t); });
  c.drain();

  offheap_sweep(offheap_first);
  offheap_first = c.young_offheap();
  bin_old_vheap += c.promoted_vheap();
  bin_vheap = c.young_vheap();
  bin_vheap_sz = next_vheap_size(bin_vheap, bin_vheap_sz, settings.min_bin_vheap_size);

  drop_block(from, from_size);
  heap_start = block;
  htop = c.young_top();
  high_water = htop;
  old_htop = c.old_top();
  minor_gcs++;

  // ERTS's adjustment: shrink a large, mostly empty young heap (not below
  // an eighth of the old one), grow one too small for `need`.
  size_t need_after = size_t(htop - heap_start) + need + stack_words;
  size_t hs = heap_words();
  if (hs > 3000 && 4 * need_after < hs && (hs > 8000 || hs > old_heap_words())) {
    size_t wanted = 3 * need_after;
    if (wanted * 9 < old_heap_words()) wanted = std::max(wanted, old_heap_words() / 8);
    wanted = std::max(settings.min_heap_size, next_heap_size(wanted));
    if (wanted < hs) resize_young(wanted, live);
  } else if (need_after > hs) {
    resize_young(std::max(settings.min_heap_size, next_heap_size(need_after)), live);
  }
  after_collection(used_before, live);
  return true;
}

// `exact_size` 0: sized like ERTS (for the data, then adjusted).
void Process::major_collection(size_t need, unsigned live, size_t exact_size) {
  size_t used_before = size_t(htop - heap_start) + fragment_words(this) + size_t(old_htop - old_heap);
  size_t stack_words = size_t(heap_end - stop);
  size_t size = exact_size;
  if (size == 0) {
    size = std::max(settings.min_heap_size, next_heap_size(stack_words + used_before));
    if (size == heap_words() && heap_grow_) size = heap_size_above(size);
  }
  heap_grow_ = false;
  Word* block = take_block(size);
  Word* const from = heap_start;
  const size_t from_size = heap_words();
  move_stack(this, block + size, stack_words);

  Collector c(this, true, block, nullptr);
  for_each_root(this, live, [&](Term& t) { t = c.copy(t); });
  c.drain();

  offheap_sweep(offheap_first);
  offheap_sweep(old_offheap_first);
  offheap_first = c.young_offheap();
  old_offheap_first = nullptr;
  bin_vheap = c.young_vheap();
  bin_old_vheap_sz = next_vheap_size(bin_vheap, bin_old_vheap_sz, settings.min_bin_vheap_size);
  bin_old_vheap = 0;
  bin_vheap_sz = next_vheap_size(bin_vheap, bin_vheap_sz, settings.min_bin_vheap_size);

  drop_block(from, from_size);
  if (old_heap) poison(old_heap, old_heap_words());
  std::free(old_heap);
  old_heap = old_htop = old_end = nullptr;
  heap_start = block;
  htop = c.young_top();
  high_water = htop;
  minor_gcs = 0;
  need_fullsweep = false;

  if (exact_size == 0) {
    // ERTS's adjust_after_fullsweep: grow to fit, grow at the next fullsweep
    // when over 75% full, shrink to twice the need when under 25%.
    size_t need_after = size_t(htop - heap_start) + need + stack_words;
    size_t hs = heap_words();
    if (hs < need_after) {
      resize_young(std::max(settings.min_heap_size, next_heap_size(need_after)), live);
    } else if (3 * hs < 4 * need_after) {
      heap_grow_ = true;
    } else if (4 * need_after < hs && hs > ProcessSettings{}.min_heap_size) {
      size_t wanted = std::max(settings.min_heap_size, next_heap_size(2 * need_after));
      if (wanted < hs) resize_young(wanted, live);
    }
  }
  after_collection(used_before, live);
}

// Moves the young generation into a block of `size` words: the heap to its
// start, the stack to its end, every pointer into the young heap offset.
// The old generation never points into the young one.
void Process::resize_young(size_t size, unsigned live) {
  Word* const lo = heap_start;
  Word* const hi = htop;
  size_t old_size = heap_words();
  size_t used = size_t(htop - heap_start);
  size_t stack_words = size_t(heap_end - stop);
  Word* block = take_block(size);
  std::memcpy(block, heap_start, used * sizeof(Word));
  Word* new_stop = block + size - stack_words;
  std::memcpy(new_stop, stop, stack_words * sizeof(Word));
  const Word byte_delta = Word(block - lo) * sizeof(Word);
  auto fix = [&](Word& w) {
    Word tag = w & tag::kPrimaryMask;
    if (tag != tag::kList && tag != tag::kBoxed) return;
    const Word* o = reinterpret_cast<const Word*>(w & ~tag::kPrimaryMask);
    if (o >= lo && o < hi) w += byte_delta;
  };
  for (Word* s = block; s < block + used;) s = visit_slots(s, fix);
  stop = new_stop;
  heap_end = block + size;
  for_each_root(this, live, [&](Term& t) { fix(*reinterpret_cast<Word*>(&t)); });
  // The young off-heap list's links point into the moved heap.
  for (Word** link = &offheap_first; *link;) {
    if (*link >= lo && *link < hi) *link = block + (*link - lo);
    Word* e = *link;
    link = reinterpret_cast<Word**>(&e[header_arity(e[0])]);
  }
  high_water = block + (high_water - lo);
  heap_start = block;
  htop = block + used;
  drop_block(lo, old_size);
}

void Process::hibernate_heap(unsigned live) {
  // Like ERTS, a fullsweep that does not count as one (minor_gcs is kept).
  uint32_t minors = minor_gcs;
  major_collection(0, live, 0);
  minor_gcs = minors;
  // The young block shrunk to the live data (ERTS keeps a few words for the
  // continuation pointer and red zone).
  constexpr size_t kReserved = 4;
  size_t size = size_t(htop - heap_start) + size_t(heap_end - stop) + kReserved;
  if (size < heap_words()) {
    resize_young(size, live);
    std::free(spare_);  // a hibernating process keeps no spare block
    spare_ = nullptr;
    spare_size_ = 0;
  }
}

bool Process::max_heap_exceeded() {
  if (settings.max_heap_size == 0) return false;
  size_t total = total_heap_words();
  if (total <= settings.max_heap_size) return false;
  if (settings.max_heap_log) {
    // ERTS logs this report through the logger; bare mode has none.
    std::string msg = "=ERROR REPORT====\n     Process:            " + write_term(pid) +
                      " \n     Context:            maximum heap size reached\n     Max Heap Size:      " +
                      std::to_string(settings.max_heap_size) + "\n     Total Heap Size:    " +
                      std::to_string(total) + "\n     Kill:               " +
                      (settings.max_heap_kill ? "true" : "false") + "\n     Error Logger:       true\n" +
                      "     Message Queue Len:  " + std::to_string(mq.size()) + "\n\n";
    std::fwrite(msg.data(), 1, msg.size(), stderr);
  }
  return settings.max_heap_kill;
}

}  // namespace openbeam::vm
