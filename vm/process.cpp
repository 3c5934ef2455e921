// Process heaps: allocation, heap fragments and the copying collector.
//
// The collector is Cheney's: roots (live x registers, the stack, the
// exception state) are copied into a fresh block, then the new heap is
// scanned left to right copying what it references. Forwarding: a moved
// boxed object's header is replaced by the boxed pointer to its copy (a
// header never has the boxed tag); a moved cons gets car = 0 (never a
// value) and cdr = the new cons. Only pointers into the old heap or a heap
// fragment are followed; literals stay where they are.
#include "vm/process.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <string>

#include "vm/binary.hpp"
#include "vm/offheap.hpp"
#include "vm/term_write.hpp"

namespace openbeam::vm {

namespace {
constexpr size_t kMinHeapWords = 233;  // ERTS's default min_heap_size
}  // namespace

size_t next_heap_size(size_t need) {
  // ERTS's series of heap sizes: 12, 38, then Fibonacci + 1 (..., 233, 376,
  // 610, 987, 1598, ...) for 23 steps, then 20% growth.
  size_t a = 12, b = 38;
  for (int i = 2; a < need; i++) {
    size_t c = i < 23 ? a + b + 1 : b + b / 5;
    a = b;
    b = c;
  }
  return a;
}

namespace {
bool g_torture_new = false;
}
void set_gc_torture_for_new_processes(bool on) { g_torture_new = on; }

Process::Process() {
  if (g_torture_new) set_gc_torture(true);
  size_t n = next_heap_size(kMinHeapWords);
  heap_start = static_cast<Word*>(std::malloc(n * sizeof(Word)));
  heap_end = heap_start + n;
  htop = heap_start;
  stop = heap_end;
}

Process::~Process() {
  offheap_release_all(offheap_first);
  std::free(heap_start);
  std::free(spare_);
}

size_t Process::memory_bytes() const {
  size_t n = sizeof(Process) + heap_words() * sizeof(Word) + spare_size_ * sizeof(Word);
  for (const HeapFragment& f : fragments) n += f.size * sizeof(Word);
  n += mq.size() * sizeof(Message) + saved_cap * sizeof(Term);
  return n;
}

void Process::save_x(const Term* regs, unsigned n) {
  if (n > saved_cap) {
    saved_cap = std::max(n, 8u);
    saved_x.reset(new Term[saved_cap]);
  }
  for (unsigned i = 0; i < n; i++) saved_x[i] = regs[i];
  arity = n;
}

Word* Process::alloc_fragment(size_t words) {
  // No collection here: take a heap fragment, merged at the next GC.
  if (fragments.empty() || fragments.back().size - fragments.back().used < words) {
    HeapFragment f;
    f.size = std::max<size_t>(words, 1024);
    f.words.reset(new Word[f.size]);
    fragments.push_back(std::move(f));
  }
  must_collect_ = true;
  HeapFragment& f = fragments.back();
  Word* p = f.words.get() + f.used;
  f.used += words;
  return p;
}

void Process::own_blob(Word* entry) {
  offheap_push(&offheap_first, entry);
}


namespace {

class Collector {
 public:
  Collector(Process* p, Word* to) : p_(p), top_(to) {}

  bool in_from_space(const Word* ptr) const {
    if (ptr >= p_->heap_start && ptr < p_->htop) return true;
    for (const HeapFragment& f : p_->fragments) {
      if (ptr >= f.words.get() && ptr < f.words.get() + f.used) return true;
    }
    return false;
  }

  Term copy(Term t) {
    if (is_list(t)) {
      Word* c = list_ptr(t);
      if (!in_from_space(c)) return t;
      if (c[0] == 0) return Term(c[1]);  // already moved
      Word* n = top_;
      top_ += 2;
      n[0] = c[0];
      n[1] = c[1];
      c[0] = 0;
      c[1] = make_list(n).raw();
      return make_list(n);
    }
    if (is_boxed(t)) {
      Word* o = boxed_ptr(t);
      if (!in_from_space(o)) return t;
      Word hdr = o[0];
      if (is_boxed(Term(hdr))) return Term(hdr);  // forwarded
      size_t size = 1 + header_arity(hdr);
      Word* n = top_;
      top_ += size;
      std::memcpy(n, o, size * sizeof(Word));
      if (is_offheap_header(hdr)) offheap_push(&new_offheap_, n);
      o[0] = make_boxed(n).raw();
      return make_boxed(n);
    }
    return t;
  }

  void scan(Word* from) {
    Word* s = from;
    while (s < top_) {
      Word w = *s;
      if ((w & 3) == tag::kHeader) {
        Word arity = header_arity(w);
        switch (header_subtag(w)) {
          case Subtag::kTuple:
          case Subtag::kMap:
          case Subtag::kHashMap:
            s++;  // the elements are terms: scan them one by one
            continue;
          case Subtag::kFun:
            // [hdr][FunEntry*][free vars...]
            for (Word i = 2; i <= arity; i++) s[i] = copy(Term(s[i])).raw();
            break;
          case Subtag::kSubBinary:
            s[4] = copy(Term(s[4])).raw();
            break;
          case Subtag::kMatchState:
            s[1] = copy(Term(s[1])).raw();
            break;
          default:
            break;  // raw payload
        }
        s += 1 + arity;
        continue;
      }
      *s = copy(Term(w)).raw();
      s++;
    }
  }

  Word* top() const { return top_; }
  Word* new_offheap() const { return new_offheap_; }

 private:
  Process* p_;
  Word* top_;
  Word* new_offheap_ = nullptr;
};

}  // namespace

// A collection copies into a block sized for everything that may be live
// (the old heap and fragments); then, knowing the live size, it copies once
// more if the heap is far from the target of about half live data, so heaps
// grow with live data, not with garbage.
void Process::garbage_collect(size_t need, unsigned live) {
  size_t used = size_t(htop - heap_start);
  for (const HeapFragment& f : fragments) used += f.used;
  size_t stack_words = size_t(heap_end - stop);
  size_t size = next_heap_size(used + need + stack_words);
  collect_into(size < settings.min_heap_size ? settings.min_heap_size : size, live);
  size_t live_words = size_t(htop - heap_start);
  size_t want = next_heap_size(3 * live_words + need + stack_words);
  if (want < settings.min_heap_size) want = settings.min_heap_size;
  if (heap_words() > 4 * want || heap_words() < want) collect_into(want, live);
}

bool Process::max_heap_exceeded() {
  if (settings.max_heap_size == 0) return false;
  size_t total = heap_words();
  for (const HeapFragment& f : fragments) total += f.used;
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

namespace {
std::atomic<uint64_t> g_gc_collections{0};
std::atomic<uint64_t> g_gc_words_reclaimed{0};
}  // namespace

GcTotals gc_totals() { return GcTotals{g_gc_collections.load(), g_gc_words_reclaimed.load()}; }

void Process::collect_into(size_t size, unsigned live) {
  gc_count++;
  size_t used_before = size_t(htop - heap_start);
  for (const HeapFragment& f : fragments) used_before += f.used;
  size_t stack_words = size_t(heap_end - stop);
  // Semi-space reuse: the previous from-space is kept when its size fits.
  Word* block;
  if (spare_ && spare_size_ == size) {
    block = spare_;
    spare_ = nullptr;
  } else {
    block = static_cast<Word*>(std::malloc(size * sizeof(Word)));
  }
  Word* new_end = block + size;
  Word* new_stop = new_end - stack_words;
  std::memcpy(new_stop, stop, stack_words * sizeof(Word));

  Collector c(this, block);
  for (unsigned i = 0; i < live && i < kMaxXRegs; i++) x[i] = c.copy(x[i]);
  for (Word* s = new_stop; s < new_end; s++) {
    Word w = *s;
    if ((w & 3) == tag::kHeader) continue;  // return addresses
    *s = c.copy(Term(w)).raw();
  }
  if (exc_reason != kNonValue) exc_reason = c.copy(exc_reason);
  if (exc_stacktrace != kNonValue) exc_stacktrace = c.copy(exc_stacktrace);
  raise.for_each_term([&](Term& t) {
    if (t != kNonValue) t = c.copy(t);
  });
  for (Term* r : extra_roots) *r = c.copy(*r);
  mq.for_each([&](Term& t) { t = c.copy(t); });
  for (Signal& sg : sigq) {
    if (sg.data != kNonValue) sg.data = c.copy(sg.data);
    if (sg.item != kNonValue) sg.item = c.copy(sg.item);
    if (sg.tag != kNonValue) sg.tag = c.copy(sg.tag);
  }
  mq.for_each_marker_ref([&](Term& t) { t = c.copy(t); });
  if (exit_reason != kNonValue) exit_reason = c.copy(exit_reason);
  for (auto& [k, v] : dict) {
    k = c.copy(k);
    v = c.copy(v);
  }
  c.scan(block);

  // Drop the references of off-heap entries that did not survive.
  offheap_sweep(offheap_first);
  offheap_first = c.new_offheap();

  std::free(spare_);
  spare_ = heap_start;
  spare_size_ = heap_words();
  fragments.clear();
  must_collect_ = gc_torture;
  heap_start = block;
  heap_end = new_end;
  htop = c.top();
  stop = new_stop;
  size_t live_words = size_t(htop - heap_start);
  g_gc_collections.fetch_add(1, std::memory_order_relaxed);
  if (used_before > live_words) g_gc_words_reclaimed.fetch_add(used_before - live_words, std::memory_order_relaxed);
}

}  // namespace openbeam::vm
